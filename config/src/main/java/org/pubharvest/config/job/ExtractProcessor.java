package org.pubharvest.config.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.bound.ExtractionTimeoutException;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.page.PageArchive;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Hands each archived page to its kind for extraction and normalization, under the page's time limit. A
 * page that breaks an extractor, or takes longer than the limit, becomes a rejection with the reason: one
 * odd page must not stop a run, nor hold it up. The harvest's extract step and {@code reprocess} both
 * extract through here.
 */
public class ExtractProcessor implements ItemProcessor<FrontierUrl, ExtractOutcome> {

    private final PageArchive archive;
    private final PageKinds kinds;
    private final Duration maxExtractTime;

    public ExtractProcessor(PageArchive archive, PageKinds kinds, Duration maxExtractTime) {
        this.archive = Objects.requireNonNull(archive, "archive");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.maxExtractTime = Objects.requireNonNull(maxExtractTime, "maxExtractTime");
    }

    @Override
    public ExtractOutcome process(FrontierUrl url) {
        Optional<FetchedPage> page = archive.load(url.url());
        if (page.isEmpty()) {
            return new ExtractOutcome(url.url(), url.kind(), null, Extraction.rejected("page missing from the archive"));
        }
        String hash = page.get().contentHash();
        PageKind<?> kind = kinds.get(url.kind());
        if (!kind.accepts(page.get().contentType())) {
            return new ExtractOutcome(url.url(), url.kind(), hash,
                    Extraction.rejected("not a page this kind reads: Content-Type " + page.get().contentType()));
        }
        try {
            Extraction<?> extraction = ExtractionDeadline.within(maxExtractTime, () -> kind.extract(page.get()));
            return new ExtractOutcome(url.url(), url.kind(), hash, extraction);
        } catch (ExtractionTimeoutException e) {
            return new ExtractOutcome(url.url(), url.kind(), hash, Extraction.rejected(e.getMessage()));
        } catch (RuntimeException e) {
            return new ExtractOutcome(url.url(), url.kind(), hash,
                    Extraction.rejected("extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
