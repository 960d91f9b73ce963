package org.pubharvest.ingest.metadata;

import static org.pubharvest.ingest.metadata.PublicationField.AUTHORS;
import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.KEYWORDS;
import static org.pubharvest.ingest.metadata.PublicationField.TITLE;

import java.util.List;

import org.jsoup.nodes.Document;

/**
 * OpenGraph and {@code article:*} tags: what nearly every page has, below the scholarly metadata
 * because sites fill them for sharing (a title with the site's name, an author's profile url).
 */
public final class OpenGraphReader {

    public PartialPublication read(Document document) {
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.OPEN_GRAPH);
        MetaTags.Named title = MetaTags.firstNamed(document, "og:title", "twitter:title");
        String siteName = MetaTags.first(document, "og:site_name");
        // Some sites put their own name in og:title on every page; that is no publication's title.
        if (title != null && !title.values().get(0).equalsIgnoreCase(siteName == null ? "" : siteName)) {
            found.text(TITLE, title);
        }
        found.text(DATE, MetaTags.firstNamed(document, "article:published_time", "og:article:published_time",
                "article:published", "og:published_time"));
        MetaTags.Named authors = MetaTags.firstNamed(document, "article:author", "og:article:author");
        if (authors != null) {
            // article:author is often a profile url; only names are authors.
            List<String> names = authors.values().stream().filter(value -> !value.matches("(?i)https?://.*")).toList();
            found.list(AUTHORS, names, authors.name());
        }
        MetaTags.Named tags = MetaTags.firstNamed(document, "article:tag", "og:article:tag");
        if (tags != null) {
            found.list(KEYWORDS, tags.values(), tags.name());
        }
        return found.build();
    }
}
