package org.pubharvest.ingest.fetch;

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

    /** 304: the stored copy is still current. */
    record NotModified(String url) implements FetchResult {
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
