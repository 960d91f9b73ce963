package org.pubharvest.config.bench;

import java.util.Objects;

/**
 * A bundled sample-site publication page that synthetic pages are made from, so that they keep
 * its markup and its metadata style (citation tags, JSON-LD, or visible markup only).
 *
 * @param slug  the last path segment of its url, e.g. {@code a-map-of-bandits-for-e-commerce}
 * @param title the title as written in its {@code h1}
 * @param html  the whole page
 */
record PublicationTemplate(String slug, String title, String html) {

    PublicationTemplate {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(html, "html");
    }

    /** The page as synthetic page {@code number}: its own slug and title everywhere the template names its own. */
    String instantiate(String newSlug, String newTitle) {
        return html.replace(slug, newSlug).replace(title, newTitle);
    }
}
