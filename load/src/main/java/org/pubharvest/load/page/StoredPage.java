package org.pubharvest.load.page;

import java.time.Duration;
import java.time.Instant;

/**
 * What the archive knows of a url without reading its body: enough to revalidate it, and to tell whether
 * it is due.
 *
 * @param url             canonical url
 * @param etag            ETag of the stored copy, or null
 * @param lastModified    Last-Modified of the stored copy, or null
 * @param contentHash     SHA-256 of the stored body
 * @param extractedHash   SHA-256 of the body last extracted (loaded or rejected), or null
 * @param revisitInterval how long the copy is trusted ({@link RevisitSchedule}), or null if it never had one
 * @param nextDueAt       when the url is next due, or null: due now
 * @param fetchedAt       when the stored copy was last fetched or confirmed current (a 304)
 * @param archived        whether the copy's body is in the WARC files (one V14 could not move is not)
 */
public record StoredPage(String url, String etag, String lastModified, String contentHash, String extractedHash,
                         Duration revisitInterval, Instant nextDueAt, Instant fetchedAt, boolean archived) {

    /** Whether a body with this hash needs no extraction: the same content was already extracted. */
    public boolean alreadyExtracted(String hash) {
        return hash != null && hash.equals(extractedHash);
    }

    /** Whether the schedule says the url is to be fetched again at this instant. */
    public boolean isDueAt(Instant now) {
        return nextDueAt == null || !now.isBefore(nextDueAt);
    }

    /**
     * Whether the site says the page changed after the stored copy was confirmed: a sitemap's
     * {@code lastmod} later than the fetch. Unknown fetch time counts as changed.
     */
    public boolean changedSince(Instant siteLastModified) {
        return fetchedAt == null || siteLastModified.isAfter(fetchedAt);
    }
}
