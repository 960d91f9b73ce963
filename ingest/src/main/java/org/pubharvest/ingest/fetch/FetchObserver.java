package org.pubharvest.ingest.fetch;

/**
 * Told about each exchange with a server, for metrics: the fetchers call it, and know nothing of how it
 * counts. Hosts are the canonical ones (what the warehouse names), never a mirror's. Implementations are
 * called from several fetching threads at once.
 */
public interface FetchObserver {

    /** Counts nothing. */
    FetchObserver NONE = new FetchObserver() {
    };

    /**
     * One HTTP exchange answered: every attempt and every redirect hop counts.
     *
     * @param status    the HTTP status
     * @param bodyBytes the body's size as it came over the wire (compressed, when the server compressed it)
     */
    default void responded(String host, int status, long bodyBytes) {
    }

    /** An exchange that got no response at all (a timeout, a refused connection). */
    default void unanswered(String host) {
    }

    /** An attempt failed in a way worth another (5xx, 429, no response), and the fetcher tries again. */
    default void retrying(String host) {
    }

    /** A url its site's robots.txt disallows, refused without a request. */
    default void refusedByRobots(String host) {
    }
}
