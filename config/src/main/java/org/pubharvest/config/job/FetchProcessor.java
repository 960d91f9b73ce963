package org.pubharvest.config.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.ingest.fetch.PageFetcher;
import org.pubharvest.ingest.fetch.PageRequest;
import org.pubharvest.ingest.fetch.SitemapDates;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.page.CapturedPage;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.page.StoredPage;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Fetches a url conditionally, with the validators of the copy already archived, and makes a fetched
 * body ready for the archive (hashed, and as compressed WARC records when it changed).
 *
 * <p>Whether a url with a stored copy is fetched at all, first reason first:
 * <ol>
 *   <li>the run revalidates everything ({@code harvest --full}), the url is a list page (job cards, a
 *       most-read list: read at every run, since that is where new items show), or its listing entry
 *       changed since the last run (a new title, date or teaser): fetched;</li>
 *   <li>the site's sitemap dates the page: fetched when that {@code lastmod} is after the stored fetch,
 *       left alone when it is not, whatever the schedule says;</li>
 *   <li>else the revisit schedule: fetched once the copy's next-due time has come.</li>
 * </ol>
 * Thread-safe: the fetch step may run it on several threads at once.
 */
public class FetchProcessor implements ItemProcessor<FrontierUrl, FetchOutcome> {

    private final PageFetcher fetcher;
    private final PageArchive archive;
    private final Clock clock;
    private final Set<String> alwaysDueKinds;
    private final Optional<SitemapDates> sitemaps;
    private final boolean full;

    /**
     * @param alwaysDueKinds page kinds fetched at every run whatever the schedule says
     * @param sitemaps       the sites' sitemap dates, when they are trusted
     * @param full           whether every url is due in this run
     */
    public FetchProcessor(PageFetcher fetcher, PageArchive archive, Clock clock, Set<String> alwaysDueKinds,
                          Optional<SitemapDates> sitemaps, boolean full) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.alwaysDueKinds = Set.copyOf(alwaysDueKinds);
        this.sitemaps = Objects.requireNonNull(sitemaps, "sitemaps");
        this.full = full;
    }

    @Override
    public FetchOutcome process(FrontierUrl url) {
        Optional<StoredPage> stored = archive.find(url.url());
        if (stored.isPresent() && !isDue(url, stored.get())) {
            return FetchOutcome.notDue(url, stored.get().alreadyExtracted(stored.get().contentHash()));
        }
        PageRequest request = stored
                .map(page -> new PageRequest(url.url(), page.etag(), page.lastModified()))
                .orElse(PageRequest.unconditional(url.url()));
        FetchResult result = fetcher.fetch(request);
        CapturedPage archived = result instanceof FetchResult.Fetched fetched ? archive.capture(fetched.page(), stored) : null;
        // A 304 to a request that named no validator (a broken or hostile server) revalidates nothing.
        PageArchive.Revalidation revalidated = result instanceof FetchResult.NotModified notModified
                ? stored.map(copy -> archive.revalidation(copy, notModified)).orElse(null) : null;
        return new FetchOutcome(url, result, isUnchanged(result, archived, stored), archived, revalidated);
    }

    private boolean isDue(FrontierUrl url, StoredPage stored) {
        if (full || alwaysDueKinds.contains(url.kind()) || url.teaserChanged()) {
            return true;
        }
        Optional<Instant> siteLastModified = sitemaps.flatMap(dates -> dates.lastModified(url.url()));
        if (siteLastModified.isPresent()) {
            return stored.changedSince(siteLastModified.get());
        }
        return stored.isDueAt(clock.instant());
    }

    /** Unchanged means: the content is what was last extracted, not merely what was last stored. */
    private static boolean isUnchanged(FetchResult result, CapturedPage archived, Optional<StoredPage> stored) {
        if (stored.isEmpty()) {
            return false;
        }
        if (result instanceof FetchResult.Fetched) {
            return stored.get().alreadyExtracted(archived.contentHash());
        }
        if (result instanceof FetchResult.NotModified) {
            return stored.get().alreadyExtracted(stored.get().contentHash());
        }
        return false;
    }
}
