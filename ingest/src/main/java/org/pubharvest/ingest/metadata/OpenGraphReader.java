package org.pubharvest.ingest.metadata;

import org.jsoup.nodes.Document;

/** OpenGraph and {@code article:*} tags: what nearly every page has, used as a last resort. */
public final class OpenGraphReader {

    public PartialPublication read(Document document) {
        return new PartialPublication(MetadataSource.OPEN_GRAPH,
                MetaTags.first(document, "og:title"),
                MetaTags.all(document, "article:author"),
                null,
                MetaTags.first(document, "article:published_time"),
                null, null, null,
                MetaTags.all(document, "article:tag"),
                null);
    }
}
