package org.pubharvest.ingest.extract;

import java.util.Objects;

import org.jsoup.nodes.Document;
import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * A fetched page parsed once, for reading several kinds of record from it (a blog post and the job
 * cards beside it). The parsed document is for ingest's extractors; jsoup stays inside ingest.
 */
public final class ParsedPage {

    private final FetchedPage page;
    private final Document document;

    private ParsedPage(FetchedPage page, Document document) {
        this.page = page;
        this.document = document;
    }

    public static ParsedPage of(FetchedPage page) {
        Objects.requireNonNull(page, "page");
        return new ParsedPage(page, PageText.parse(page));
    }

    public FetchedPage page() {
        return page;
    }

    public String url() {
        return page.url();
    }

    /** The parsed document: for the extractors of this module, which read it and never change it. */
    public Document document() {
        return document;
    }
}
