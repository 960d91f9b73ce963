package org.pubharvest.config.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.ingest.fetch.PageFetcher;
import org.pubharvest.ingest.fetch.PageRequest;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.page.CapturedPage;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.page.StoredPage;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Fetches a url conditionally, with the validators of the copy already archived, and makes a fetched
 * body ready for the archive (hashed, and as compressed WARC records when it changed). A url whose
 * stored copy the revisit schedule still trusts is not fetched at all, unless the run revalidates
 * everything ({@code harvest --full}) or the url is a list page (job cards, a most-read list), which is
 * read at every run because it is where new items show. Thread-safe: the fetch step may run it on
 * several threads at once.
 */
public class FetchProcessor implements ItemProcessor<FrontierUrl, FetchOutcome> {

    private final PageFetcher fetcher;
    private final PageArchive archive;
    private final Clock clock;
    private final Set<String> alwaysDueKinds;
    private final boolean full;

    /**
     * @param alwaysDueKinds page kinds fetched at every run whatever the schedule says
     * @param full           whether every url is due in this run
     */
    public FetchProcessor(PageFetcher fetcher, PageArchive archive, Clock clock, Set<String> alwaysDueKinds, boolean full) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.alwaysDueKinds = Set.copyOf(alwaysDueKinds);
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
        Duration revalidated = result instanceof FetchResult.NotModified
                ? stored.map(archive::revalidatedInterval).orElse(null) : null;
        return new FetchOutcome(url, result, isUnchanged(result, archived, stored), archived, revalidated);
    }

    private boolean isDue(FrontierUrl url, StoredPage stored) {
        return full || alwaysDueKinds.contains(url.kind()) || stored.isDueAt(clock.instant());
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
