package org.pubharvest.config.job;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.page.CapturedPage;

/**
 * A fetch and what it means for the run.
 *
 * @param url       the frontier url
 * @param result    what the server did
 * @param unchanged true when the content is what was last extracted (304, or the same hash)
 * @param archived  the fetched page, made ready for the archive; null unless the result is {@link FetchResult.Fetched}
 */
public record FetchOutcome(FrontierUrl url, FetchResult result, boolean unchanged, CapturedPage archived) {
}
