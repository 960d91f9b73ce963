package org.pubharvest.ingest.fetch;

import java.time.Instant;
import java.util.Objects;

/**
 * A page as the server sent it: the raw bytes plus what is needed to store, revalidate and
 * decode it later.
 *
 * @param url          canonical url (never the mirror's)
 * @param status       HTTP status of the final response
 * @param contentType  Content-Type header, which may name the charset; null when absent
 * @param etag         ETag header, or null
 * @param lastModified Last-Modified header, or null
 * @param body         the decoded (un-gzipped) body bytes
 * @param fetchedAt    when the response arrived
 */
public record FetchedPage(String url, int status, String contentType, String etag, String lastModified,
                          byte[] body, Instant fetchedAt) {

    public FetchedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** SHA-256 of the body, hex: equal hashes mean the page did not change. */
    public String contentHash() {
        return ContentHash.of(body);
    }
}
