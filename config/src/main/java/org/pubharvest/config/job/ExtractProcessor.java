package org.pubharvest.config.job;

import java.util.Objects;
import java.util.Optional;

import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.page.PageArchive;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Hands each archived page to its kind for extraction and normalization. A page that breaks an
 * extractor becomes a rejection with the reason: one odd page must not stop a run.
 */
public class ExtractProcessor implements ItemProcessor<FrontierUrl, ExtractOutcome> {

    private final PageArchive archive;
    private final PageKinds kinds;

    public ExtractProcessor(PageArchive archive, PageKinds kinds) {
        this.archive = Objects.requireNonNull(archive, "archive");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
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
            return new ExtractOutcome(url.url(), url.kind(), hash, kind.extract(page.get()));
        } catch (RuntimeException e) {
            return new ExtractOutcome(url.url(), url.kind(), hash,
                    Extraction.rejected("extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
