package org.pubharvest.config.jobposting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pubharvest.config.job.DiscoverySource;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.ListingStep;
import org.pubharvest.ingest.discover.JobListingPageParser;
import org.pubharvest.ingest.discover.ListingPage;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.frontier.FrontierUrl;

/**
 * The careers listing ({@code /careers}, then {@code ?p=N}): each listing page is itself a page
 * to harvest (its cards are postings), and leads to the detail pages of its cards. The year of
 * the scope does not apply: postings are harvested whole every run, which closing relies on.
 */
public class JobListings implements DiscoverySource {

    public static final String NAME = "jobs";

    private final String startUrl;
    private final JobListingPageParser parser;

    public JobListings(String startUrl, JobListingPageParser parser) {
        this.startUrl = Objects.requireNonNull(startUrl, "startUrl");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String firstListingUrl(HarvestScope scope, ListingFetcher listings) {
        return startUrl;
    }

    @Override
    public ListingStep read(FetchedPage listingPage) {
        ListingPage page = parser.parse(listingPage);
        List<FrontierUrl> urls = new ArrayList<>();
        urls.add(new FrontierUrl(listingPage.url(), CareersListingPages.KIND));
        page.detailUrls().forEach(url -> urls.add(new FrontierUrl(url, JobDetailPages.KIND, page.teaserOf(url))));
        return new ListingStep(urls, page.nextPageUrl());
    }
}
