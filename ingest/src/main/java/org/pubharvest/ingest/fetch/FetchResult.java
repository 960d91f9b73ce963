package org.pubharvest.ingest.fetch;

import java.time.Instant;

/** What became of one fetch. Exhaustive, so callers handle every outcome. */
public sealed interface FetchResult {

    String url();

    /** A 2xx response with a body. */
    record Fetched(FetchedPage page) implements FetchResult {
        @Override
        public String url() {
            return page.url();
        }
    }

    /**
     * 304: the stored copy is still current.
     *
     * @param etag         the 304's ETag, or null
     * @param lastModified the 304's Last-Modified, or null
     * @param answeredAt   when the answer came
     */
    record NotModified(String url, String etag, String lastModified, Instant answeredAt) implements FetchResult {
    }

    /** 404 or 410: the page no longer exists. */
    record Gone(String url, int status) implements FetchResult {
    }

    /**
     * Not fetched, and fetching again would not help: robots.txt disallows it, it is off the
     * allowed sites, or its body is larger than the limit. The url is rejected with the reason.
     */
    record Refused(String url, String reason) implements FetchResult {
    }

    /** Anything else, after retries; the url is tried again on the next run. */
    record Failed(String url, String reason) implements FetchResult {
    }
}
