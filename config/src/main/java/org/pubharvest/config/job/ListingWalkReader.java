package org.pubharvest.config.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.fetch.PageFetcher;
import org.pubharvest.ingest.fetch.PageRequest;
import org.pubharvest.load.frontier.FrontierUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Walks the listing pages of each discovery source in turn and reads the urls they lead to, in
 * order. Its place (which source, which listing page, how many of its urls were handed out) is
 * saved at every commit, so a restart resumes on the listing page it was on. A source walks at
 * most the number of listing pages it asks for ({@link DiscoverySource#listingPageLimit}).
 */
public class ListingWalkReader implements ItemStreamReader<FrontierUrl> {

    private static final Logger log = LoggerFactory.getLogger(ListingWalkReader.class);
    static final String SOURCE = "discover.source";
    static final String LISTING_URL = "discover.listing-url";
    static final String CONSUMED = "discover.consumed";
    static final String PAGES = "discover.pages";

    private final PageFetcher fetcher;
    private final List<DiscoverySource> sources;
    private final HarvestScope scope;

    private int sourceIndex;
    private String listingUrl;
    private int consumed;
    /** Listing pages of the current source read so far, the current one included. */
    private int pagesRead;
    private String nextListingUrl;
    private boolean listingLoaded;
    private final Deque<FrontierUrl> pending = new ArrayDeque<>();
    private final Set<String> visitedListings = new HashSet<>();

    public ListingWalkReader(PageFetcher fetcher, List<DiscoverySource> sources, HarvestScope scope) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.sources = List.copyOf(sources);
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(SOURCE)) {
            String saved = context.getString(SOURCE);
            sourceIndex = indexOf(saved);
            listingUrl = context.getString(LISTING_URL);
            consumed = context.getInt(CONSUMED);
            pagesRead = context.getInt(PAGES, 1);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        if (sourceIndex < sources.size() && listingUrl != null) {
            context.putString(SOURCE, sources.get(sourceIndex).name());
            context.putString(LISTING_URL, listingUrl);
            context.putInt(CONSUMED, consumed);
            context.putInt(PAGES, pagesRead);
        }
    }

    @Override
    public FrontierUrl read() {
        while (pending.isEmpty()) {
            if (sourceIndex >= sources.size()) {
                return null;
            }
            if (!advance()) {
                sourceIndex++;
                listingUrl = null;
                listingLoaded = false;
                consumed = 0;
                pagesRead = 0;
            }
        }
        consumed++;
        return pending.poll();
    }

    /** Loads the next listing page of the current source; false when the source is walked. */
    private boolean advance() {
        DiscoverySource source = sources.get(sourceIndex);
        if (listingLoaded) {
            if (nextListingUrl == null) {
                return false;
            }
            if (pagesRead >= source.listingPageLimit(scope)) {
                log.info("{}: walked the {} most recent listing page(s), as far as a run without a year goes",
                        source.name(), pagesRead);
                return false;
            }
            listingUrl = nextListingUrl;
            consumed = 0;
            pagesRead++;
        } else if (listingUrl == null) {
            listingUrl = source.firstListingUrl(scope, this::fetchListing);
            pagesRead = 1;
        }
        if (!visitedListings.add(listingUrl)) {
            throw new ListingUnavailableException("listing pages of " + source.name() + " loop back to " + listingUrl);
        }
        ListingStep step = source.read(fetchListing(listingUrl));
        step.urls().stream().skip(consumed).forEach(pending::add);
        nextListingUrl = step.nextListingUrl();
        listingLoaded = true;
        return true;
    }

    private FetchedPage fetchListing(String url) {
        FetchResult result = fetcher.fetch(PageRequest.unconditional(url));
        if (result instanceof FetchResult.Fetched fetched) {
            return fetched.page();
        }
        if (result instanceof FetchResult.Gone gone) {
            throw new ListingUnavailableException("listing " + url + " is gone (HTTP " + gone.status() + ")");
        }
        if (result instanceof FetchResult.Failed failed) {
            throw new ListingUnavailableException("listing " + url + " could not be fetched: " + failed.reason());
        }
        if (result instanceof FetchResult.Refused refused) {
            throw new ListingUnavailableException("listing " + url + " is refused: " + refused.reason());
        }
        throw new ListingUnavailableException("listing " + url + " answered 304 to an unconditional GET");
    }

    private int indexOf(String sourceName) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).name().equals(sourceName)) {
                return i;
            }
        }
        throw new IllegalStateException("the saved discovery source '" + sourceName + "' is not part of this run");
    }
}
