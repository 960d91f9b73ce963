package org.pubharvest.config.job;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.page.CapturedPage;
import org.pubharvest.load.page.PageArchive;

/**
 * A fetch and what it means for the run, or a url the revisit schedule said not to fetch.
 *
 * @param url                 the frontier url
 * @param result              what the server did; null when no request was sent ({@link #notDue()})
 * @param unchanged           true when the content is what was last extracted (304, the same hash, or not due
 *                            and already extracted)
 * @param archived            the fetched page, made ready for the archive; null unless the result is {@link FetchResult.Fetched}
 * @param revalidation        a 304 made ready for the archive (revisit records, next interval); null for any
 *                            other result
 */
public record FetchOutcome(FrontierUrl url, FetchResult result, boolean unchanged, CapturedPage archived,
                           PageArchive.Revalidation revalidation) {

    /** A url whose stored copy the schedule still trusts: no request is sent. */
    public static FetchOutcome notDue(FrontierUrl url, boolean alreadyExtracted) {
        return new FetchOutcome(url, null, alreadyExtracted, null, null);
    }

    public boolean notDue() {
        return result == null;
    }
}
