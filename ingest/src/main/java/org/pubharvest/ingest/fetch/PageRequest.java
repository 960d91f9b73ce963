package org.pubharvest.ingest.fetch;

import java.util.Objects;

/**
 * A request for one page, with the validators of the copy already stored (if any) so that
 * the server can answer 304 Not Modified instead of sending the body again.
 *
 * @param url          the canonical url of the page (the one stored in the warehouse)
 * @param etag         the ETag of the stored copy, or null
 * @param lastModified the Last-Modified header of the stored copy, or null
 */
public record PageRequest(String url, String etag, String lastModified) {

    public PageRequest {
        Objects.requireNonNull(url, "url");
    }

    public static PageRequest unconditional(String url) {
        return new PageRequest(url, null, null);
    }
}
