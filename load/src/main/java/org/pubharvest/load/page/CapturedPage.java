package org.pubharvest.load.page;

import java.time.Duration;
import java.util.Objects;

import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * A fetched page made ready for the archive on the thread that fetched it, in parallel with other
 * fetches: its body hashed once, and its WARC records built and compressed. A body equal to the archived
 * copy is not archived again: its records are a revisit (identical payload), the index keeps pointing at
 * the copy already in the files, and only the headers and times move.
 *
 * @param page            the page as fetched
 * @param contentHash     {@link FetchedPage#contentHash()}, computed once
 * @param records         the fetch as WARC records: request and response, or request and revisit
 * @param newCopy         whether the records hold the body (a new copy the index is to point at)
 * @param revisitInterval the url's interval after this visit ({@link RevisitSchedule})
 */
public record CapturedPage(FetchedPage page, String contentHash, WarcRecords records, boolean newCopy,
                           Duration revisitInterval) {

    public CapturedPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(revisitInterval, "revisitInterval");
    }

    /** Whether the archive gets a new copy of the body. */
    public boolean isNewCopy() {
        return newCopy;
    }
}
