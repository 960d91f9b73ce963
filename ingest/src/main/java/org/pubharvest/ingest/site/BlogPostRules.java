package org.pubharvest.ingest.site;

import java.util.Objects;
import java.util.regex.Pattern;

import org.pubharvest.ingest.bound.BoundedMatch;

/**
 * How a blog post reads: byline order is title, subtitle, "By" with author links, date, tags.
 *
 * @param url          a blog post's url
 * @param title        the headline
 * @param subtitle     the sub-headline
 * @param authors      the post's author links, in byline order
 * @param date         the date line
 * @param researchArea the research-area tag
 * @param body         the paragraphs of the article body
 * @param paperLink    the link to the paper the post is about
 * @param paperAuthors a sentence of the body that names the paper's authors (named group {@code names})
 */
public record BlogPostRules(Pattern url, String title, String subtitle, String authors, String date,
                            String researchArea, String body, String paperLink, Pattern paperAuthors) {

    public BlogPostRules {
        Objects.requireNonNull(url, "blog-posts.url");
        Selectors.requireValid(title, "blog-posts.title");
        Selectors.requireValidOrNull(subtitle, "blog-posts.subtitle");
        Selectors.requireValidOrNull(authors, "blog-posts.authors");
        Selectors.requireValidOrNull(date, "blog-posts.date");
        Selectors.requireValidOrNull(researchArea, "blog-posts.research-area");
        Selectors.requireValid(body, "blog-posts.body");
        Selectors.requireValidOrNull(paperLink, "blog-posts.paper-link");
        Selectors.requireGroupOrNull(paperAuthors, "names", "blog-posts.paper-authors");
    }

    public boolean isBlogPostUrl(String candidate) {
        return candidate != null && BoundedMatch.matcher(url, candidate).matches();
    }
}
