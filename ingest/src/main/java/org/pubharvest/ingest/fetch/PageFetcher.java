package org.pubharvest.ingest.fetch;

/** Fetches one page. Never throws for what a server does: every outcome is a {@link FetchResult}. */
@FunctionalInterface
public interface PageFetcher {

    FetchResult fetch(PageRequest request);
}
