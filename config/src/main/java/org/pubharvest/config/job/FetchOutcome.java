package org.pubharvest.config.job;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.load.frontier.FrontierUrl;

/**
 * A fetch and what it means for the run.
 *
 * @param url       the frontier url
 * @param result    what the server did
 * @param unchanged true when the content is what was last extracted (304, or the same hash)
 */
public record FetchOutcome(FrontierUrl url, FetchResult result, boolean unchanged) {
}
