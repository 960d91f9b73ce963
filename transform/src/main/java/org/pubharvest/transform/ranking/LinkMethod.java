package org.pubharvest.transform.ranking;

import java.util.Locale;

/** How a ranking entry was tied to its publication, strongest evidence first. */
public enum LinkMethod {
    /** The list entry links the publication page. */
    PUBLICATION_LINK,
    /** The entry's blog post links the publication page. */
    BLOG_POST_LINK,
    /** The entry's quoted abstract or title is similar enough to the publication's. */
    TEXT_MATCH;

    /** The name stored in {@code ranking.link_method}, e.g. {@code blog-post-link}. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
