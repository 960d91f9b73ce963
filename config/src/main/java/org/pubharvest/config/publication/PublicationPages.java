package org.pubharvest.config.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.pubharvest.config.job.Extraction;
import org.pubharvest.config.job.PageFill;
import org.pubharvest.config.job.PageKind;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.publication.PublicationWriter;
import org.pubharvest.transform.publication.NormalizedPublication;
import org.pubharvest.transform.publication.Publication;
import org.pubharvest.transform.publication.PublicationNormalizer;

/** Publication detail pages: one publication each. */
public class PublicationPages implements PageKind<Publication> {

    public static final String KIND = "publication";

    /** The fields the drift check watches (title is always there: a page without one is rejected instead). */
    private static final Map<String, Function<Publication, ?>> WATCHED_FIELDS = Map.of(
            "title", Publication::title,
            "authors", Publication::authors,
            "venue", Publication::venueAsStated,
            "date", Publication::date,
            "abstract", Publication::abstractText,
            "pdfUrl", Publication::pdfUrl,
            "doi", Publication::doi,
            "researchAreas", Publication::researchAreas);

    private final PublicationExtractors extractors;
    private final PublicationNormalizer normalizer;
    private final PublicationWriter writer;

    public PublicationPages(PublicationExtractors extractors, PublicationNormalizer normalizer, PublicationWriter writer) {
        this.extractors = Objects.requireNonNull(extractors, "extractors");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Extraction<Publication> extract(FetchedPage page) {
        NormalizedPublication result = normalizer.normalize(extractors.forUrl(page.url()).extract(page));
        if (result instanceof NormalizedPublication.Accepted accepted) {
            return Extraction.accepted(List.of(accepted.publication()));
        }
        return Extraction.rejected(((NormalizedPublication.Rejected) result).reason());
    }

    @Override
    public void load(String url, List<Publication> records, Instant at) {
        records.forEach(publication -> writer.upsert(publication, at));
    }

    @Override
    public PageFill fill(List<Publication> records) {
        return PageFill.count(records, WATCHED_FIELDS);
    }

    @Override
    public String storedContent(String url) {
        return writer.storedContent(url);
    }

    @Override
    public void markSeen(String url, Instant at) {
        writer.markSeen(url, at);
    }

    @Override
    public void markSeen(List<String> urls, Instant at) {
        writer.markSeen(urls, at);
    }

    @Override
    public void markGone(String url, Instant at) {
        writer.markGone(url, at);
    }
}
