package org.pubharvest.config.job;

import java.util.Objects;
import java.util.Optional;

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
 * body ready for the archive (hashed, and as compressed WARC records when it changed). Thread-safe: the fetch step may run it on several threads at once.
 */
public class FetchProcessor implements ItemProcessor<FrontierUrl, FetchOutcome> {

    private final PageFetcher fetcher;
    private final PageArchive archive;

    public FetchProcessor(PageFetcher fetcher, PageArchive archive) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    @Override
    public FetchOutcome process(FrontierUrl url) {
        Optional<StoredPage> stored = archive.find(url.url());
        PageRequest request = stored
                .map(page -> new PageRequest(url.url(), page.etag(), page.lastModified()))
                .orElse(PageRequest.unconditional(url.url()));
        FetchResult result = fetcher.fetch(request);
        CapturedPage archived = result instanceof FetchResult.Fetched fetched ? archive.capture(fetched.page(), stored) : null;
        return new FetchOutcome(url, result, isUnchanged(result, archived, stored), archived);
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
