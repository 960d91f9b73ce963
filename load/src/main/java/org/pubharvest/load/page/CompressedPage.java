package org.pubharvest.load.page;

import java.util.Objects;

import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * A fetched page with its body gzip-compressed for the archive. Compressing is CPU work that can
 * run on the thread that fetched the page, in parallel with other fetches, instead of on the one
 * thread that writes each chunk; so is hashing the body, done here once.
 *
 * @param page        the page as fetched
 * @param bodyGzip    its body, compressed as the archive stores it
 * @param contentHash {@link FetchedPage#contentHash()}, computed once
 */
public record CompressedPage(FetchedPage page, byte[] bodyGzip, String contentHash) {

    public CompressedPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(bodyGzip, "bodyGzip");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static CompressedPage of(FetchedPage page) {
        return new CompressedPage(page, PageArchive.gzip(page.body()), page.contentHash());
    }
}
