package org.pubharvest.config.job;

import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * A walk over listing pages that leads to the pages to harvest, e.g. a year's publication
 * listing. Sources are Spring beans; the discover step walks those the run's scope names, one
 * after the other, and saves its place (source, listing page, links handed out) at each commit.
 */
public interface DiscoverySource {

    /** Stable name, used in {@code --what} and saved with the step's progress. */
    String name();

    /** The first listing page for the scope; may read the site (filters hold CMS ids). */
    String firstListingUrl(HarvestScope scope, ListingFetcher listings);

    /** What a listing page leads to, and the next listing page. */
    ListingStep read(FetchedPage listingPage);

    /**
     * How many listing pages the discover step walks for the scope, the first included. Unlimited
     * unless a source lists newest first and can stop early when there is no year (the nightly run).
     */
    default int listingPageLimit(HarvestScope scope) {
        return Integer.MAX_VALUE;
    }

    /** Whether the scope's year picks what this source walks: a backfill harvests these sources year by year. */
    default boolean followsYear() {
        return false;
    }

    /** Fetches listing pages for a source; fails the step (restartably) when one cannot be had. */
    @FunctionalInterface
    interface ListingFetcher {
        FetchedPage fetch(String url);
    }
}
