package org.pubharvest.config.job;

import java.time.Instant;
import java.util.List;

import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * One kind of page the harvest knows how to turn into warehouse rows: publication pages, job
 * listing pages, ranking lists, ... A kind is a Spring bean; the extract step hands each fetched
 * page to the kind its frontier row names. Adding a kind needs no change to the job.
 *
 * @param <R> the canonical record type this kind loads
 */
public interface PageKind<R> {

    /** The name stored in {@code frontier.kind}, e.g. {@code publication}. */
    String name();

    /** Extract (ingest) and normalize (transform) one page. Never throws for what a page contains. */
    Extraction<R> extract(FetchedPage page);

    /** Upserts the records of one page; idempotent. Runs inside the chunk's transaction. */
    void load(String url, List<R> records, Instant at);

    /**
     * What the warehouse holds for this page's records, as text without the timestamps a load moves:
     * {@code reprocess} reads it before and after loading a stored page again, to tell a page whose
     * records changed from one whose did not. Null when the kind cannot say (then nothing looks changed).
     */
    default String storedContent(String url) {
        return null;
    }

    /** A run found the page unchanged: move what records of this page track as "last seen". */
    default void markSeen(String url, Instant at) {
    }

    /** {@link #markSeen(String, Instant)} for the unchanged pages of one chunk; a kind may batch it. */
    default void markSeen(List<String> urls, Instant at) {
        urls.forEach(url -> markSeen(url, at));
    }

    /** The page answered 404 or 410: its records are kept, flagged as gone. */
    default void markGone(String url, Instant at) {
    }

    /**
     * The drift check's view of one page's records: how many, and how many have each field the kind
     * watches (a field that suddenly empties across a run means the markup changed). Computed from the
     * canonical records {@link #load} is given; a kind that watches nothing is left out of the check.
     */
    default PageFill fill(List<R> records) {
        return PageFill.UNWATCHED;
    }

    /**
     * Whether the kind's pages are lists (job cards, list entries): any extracted page of such a kind
     * should give items, so a run in which none did is drift whatever the kind's history.
     */
    default boolean listsItems() {
        return false;
    }

    /** Whether a page of this Content-Type can be extracted at all; HTML by default. */
    default boolean accepts(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }
}
