package org.pubharvest.transform.blog;

/** The outcome of normalizing one blog post: a post to load, or a reason not to. */
public sealed interface NormalizedBlogPost {

    record Accepted(BlogPost post) implements NormalizedBlogPost {
    }

    record Rejected(String url, String reason) implements NormalizedBlogPost {
    }
}
