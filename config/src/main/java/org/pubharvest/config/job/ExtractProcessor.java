package org.pubharvest.config.job;

import java.util.Objects;
import java.util.Optional;

import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.transform.publication.NormalizedPublication;
import org.pubharvest.transform.publication.PublicationNormalizer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Extract (ingest) then normalize (transform) one archived page. A page that breaks the
 * extractor becomes a rejection with the reason: one odd page must not stop a run.
 */
public class ExtractProcessor implements ItemProcessor<FrontierUrl, ExtractOutcome> {

    private final PageArchive archive;
    private final PublicationExtractor extractor;
    private final PublicationNormalizer normalizer;

    public ExtractProcessor(PageArchive archive, PublicationExtractor extractor, PublicationNormalizer normalizer) {
        this.archive = Objects.requireNonNull(archive, "archive");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    @Override
    public ExtractOutcome process(FrontierUrl url) {
        Optional<FetchedPage> page = archive.load(url.url());
        if (page.isEmpty()) {
            return new ExtractOutcome(url.url(), null,
                    new NormalizedPublication.Rejected(url.url(), "page missing from the archive"));
        }
        String hash = page.get().contentHash();
        try {
            return new ExtractOutcome(url.url(), hash, normalizer.normalize(extractor.extract(page.get())));
        } catch (RuntimeException e) {
            return new ExtractOutcome(url.url(), hash, new NormalizedPublication.Rejected(url.url(),
                    "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
