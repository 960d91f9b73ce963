package org.pubharvest.config.publication;

import java.util.Objects;
import java.util.TreeSet;

import org.pubharvest.config.job.DiscoverySource;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.ListingStep;
import org.pubharvest.config.job.ListingUnavailableException;
import org.pubharvest.ingest.discover.ListingPage;
import org.pubharvest.ingest.discover.ListingPageParser;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.frontier.FrontierUrl;

/**
 * The publication listing: with a year, the year filter's link (its value is a CMS id, so it is
 * read from the start page, never built) and every "next" page after it. Without a year, the
 * unfiltered listing, newest first, and only its first few pages: what the nightly run needs to see.
 */
public class PublicationListings implements DiscoverySource {

    /** The name of Amazon Science's publication listing; other sites' are {@code publications-<profile>}. */
    public static final String NAME = "publications";

    private final String name;
    private final String startUrl;
    private final boolean hasYearFilter;
    private final ListingPageParser parser;
    private final int recentListingPages;

    /** @param recentListingPages how many listing pages a run without a year walks */
    public PublicationListings(String startUrl, ListingPageParser parser, int recentListingPages) {
        this(NAME, startUrl, true, parser, recentListingPages);
    }

    /**
     * @param name          the source's name in {@code --what}
     * @param hasYearFilter whether the listing offers a year filter; a listing without one is walked
     *                      whole whatever the year, and a backfill leaves it out
     */
    public PublicationListings(String name, String startUrl, boolean hasYearFilter, ListingPageParser parser,
                               int recentListingPages) {
        this.name = Objects.requireNonNull(name, "name");
        this.hasYearFilter = hasYearFilter;
        this.startUrl = Objects.requireNonNull(startUrl, "startUrl");
        this.parser = Objects.requireNonNull(parser, "parser");
        if (recentListingPages < 1) {
            throw new IllegalArgumentException("recentListingPages must be at least 1, got " + recentListingPages);
        }
        this.recentListingPages = recentListingPages;
    }

    @Override
    public int listingPageLimit(HarvestScope scope) {
        return scope.year() == null ? recentListingPages : Integer.MAX_VALUE;
    }

    @Override
    public boolean followsYear() {
        return hasYearFilter;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String firstListingUrl(HarvestScope scope, ListingFetcher listings) {
        if (scope.year() == null || !hasYearFilter) {
            return startUrl;
        }
        ListingPage start = parser.parse(listings.fetch(startUrl));
        String url = start.yearFilterUrls().get(Integer.toString(scope.year()));
        if (url == null) {
            throw new ListingUnavailableException("year " + scope.year() + " is not offered by the year filter on "
                    + startUrl + " (offered: " + String.join(", ", new TreeSet<>(start.yearFilterUrls().keySet())) + ")");
        }
        return url;
    }

    @Override
    public ListingStep read(FetchedPage listingPage) {
        ListingPage page = parser.parse(listingPage);
        return new ListingStep(page.detailUrls().stream()
                .map(url -> new FrontierUrl(url, PublicationPages.KIND, page.teaserOf(url))).toList(),
                page.nextPageUrl());
    }
}
