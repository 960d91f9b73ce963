package org.pubharvest.config.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.pubharvest.ingest.discover.ListingPage;
import org.pubharvest.ingest.discover.ListingPageParser;
import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.ingest.fetch.PageFetcher;
import org.pubharvest.ingest.fetch.PageRequest;
import org.pubharvest.load.frontier.FrontierUrl;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Walks one year's listing pages, from the year filter's link through every "next" link, and
 * reads the detail urls in order. Its position (the listing page and how many of its links were
 * handed out) is saved at every commit, so a restart resumes at the page it was on.
 */
public class ListingWalkReader implements ItemStreamReader<FrontierUrl> {

    static final String LISTING_URL = "listing.url";
    static final String CONSUMED = "listing.consumed";

    private final PageFetcher fetcher;
    private final ListingPageParser parser;
    private final String startUrl;
    private final int year;

    private String listingUrl;
    private int consumed;
    private String nextListingUrl;
    private boolean pageLoaded;
    private final Deque<String> pending = new ArrayDeque<>();
    private final Set<String> visitedListings = new HashSet<>();

    public ListingWalkReader(PageFetcher fetcher, ListingPageParser parser, String startUrl, int year) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.startUrl = Objects.requireNonNull(startUrl, "startUrl");
        this.year = year;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(LISTING_URL)) {
            listingUrl = context.getString(LISTING_URL);
            consumed = context.getInt(CONSUMED);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        if (listingUrl != null) {
            context.putString(LISTING_URL, listingUrl);
            context.putInt(CONSUMED, consumed);
        }
    }

    @Override
    public FrontierUrl read() {
        while (pending.isEmpty()) {
            if (pageLoaded && nextListingUrl == null) {
                return null;
            }
            if (pageLoaded) {
                listingUrl = nextListingUrl;
                consumed = 0;
            } else if (listingUrl == null) {
                listingUrl = yearListingUrl();
            }
            loadListing();
        }
        consumed++;
        return new FrontierUrl(pending.poll(), RecordKind.PUBLICATION);
    }

    private void loadListing() {
        if (!visitedListings.add(listingUrl)) {
            throw new ListingUnavailableException("listing pages loop back to " + listingUrl);
        }
        ListingPage page = fetchListing(listingUrl);
        page.detailUrls().stream().skip(consumed).forEach(pending::add);
        nextListingUrl = page.nextPageUrl();
        pageLoaded = true;
    }

    /** The year filter's values are CMS ids, so the filtered url is read from the start page. */
    private String yearListingUrl() {
        ListingPage start = fetchListing(startUrl);
        String url = start.yearFilterUrls().get(Integer.toString(year));
        if (url == null) {
            throw new ListingUnavailableException("year " + year + " is not offered by the year filter on " + startUrl
                    + " (offered: " + String.join(", ", new TreeSet<>(start.yearFilterUrls().keySet())) + ")");
        }
        return url;
    }

    private ListingPage fetchListing(String url) {
        FetchResult result = fetcher.fetch(PageRequest.unconditional(url));
        if (result instanceof FetchResult.Fetched fetched) {
            return parser.parse(fetched.page());
        }
        if (result instanceof FetchResult.Gone gone) {
            throw new ListingUnavailableException("listing " + url + " is gone (HTTP " + gone.status() + ")");
        }
        if (result instanceof FetchResult.Failed failed) {
            throw new ListingUnavailableException("listing " + url + " could not be fetched: " + failed.reason());
        }
        throw new ListingUnavailableException("listing " + url + " answered 304 to an unconditional GET");
    }
}
