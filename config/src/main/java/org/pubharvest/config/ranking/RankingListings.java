package org.pubharvest.config.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.pubharvest.config.job.DiscoverySource;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.ListingStep;
import org.pubharvest.ingest.discover.ListingPage;
import org.pubharvest.ingest.discover.ListingPageParser;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.ranking.BlogPostExtractor;
import org.pubharvest.ingest.ranking.RankingListExtractor;
import org.pubharvest.ingest.ranking.ScrapedRankingItem;
import org.pubharvest.ingest.site.RankingListRules;
import org.pubharvest.load.frontier.FrontierUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The yearly most-read list of the run's year, found on the news listing, and the blog posts it
 * links. The year picks the list ({@code harvest --year=2020} harvests "The 10 most read research
 * papers of 2020"); without a year, the newest list the news listing shows. A year that has no list
 * discovers nothing from this source rather than failing the run: the other sources still matter.
 */
public class RankingListings implements DiscoverySource {

    public static final String NAME = "rankings";
    private static final Logger log = LoggerFactory.getLogger(RankingListings.class);

    private final RankingListRules rules;
    private final ListingPageParser newsListing;
    private final RankingListExtractor lists;
    private final BlogPostExtractor blogPosts;

    public RankingListings(RankingListRules rules, RankingListExtractor lists, BlogPostExtractor blogPosts) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.newsListing = new ListingPageParser(rules.newsListing());
        this.lists = Objects.requireNonNull(lists, "lists");
        this.blogPosts = Objects.requireNonNull(blogPosts, "blogPosts");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean followsYear() {
        return true;
    }

    /** Walks the news listing until a list of the scope's year shows up; that list is the only "listing" read. */
    @Override
    public String firstListingUrl(HarvestScope scope, ListingFetcher listings) {
        Set<String> visited = new HashSet<>();
        for (String url = rules.newsListing().startUrl(); url != null && visited.add(url); ) {
            ListingPage page = newsListing.parse(listings.fetch(url));
            for (String candidate : page.detailUrls()) {
                Integer year = rules.listYear(candidate);
                if (year != null && (scope.year() == null || year.equals(scope.year()))) {
                    return candidate;
                }
            }
            url = page.nextPageUrl();
        }
        log.info("the news listing links no most-read list{}; rankings discovers nothing this run",
                scope.year() == null ? "" : " of " + scope.year());
        return rules.newsListing().startUrl();
    }

    @Override
    public ListingStep read(FetchedPage listingPage) {
        if (!lists.isRankingListUrl(listingPage.url())) {
            return new ListingStep(List.of(), null);
        }
        List<FrontierUrl> urls = new ArrayList<>();
        urls.add(new FrontierUrl(listingPage.url(), RankingConfiguration.RANKING_LIST));
        Set<String> posts = new LinkedHashSet<>();
        for (ScrapedRankingItem item : lists.extract(listingPage).items()) {
            if (blogPosts.isBlogPostUrl(item.blogUrl())) {
                posts.add(item.blogUrl());
            }
        }
        posts.forEach(post -> urls.add(new FrontierUrl(post, RankingConfiguration.BLOG_POST)));
        return new ListingStep(urls, null);
    }
}
