package org.pubharvest.config.jobposting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.pubharvest.config.job.PageFill;
import org.pubharvest.config.job.PageKind;
import org.pubharvest.load.job.JobPostingWriter;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.job.JobPostingNormalizer;

/**
 * What the two kinds of job pages share: both load into the same postings, keyed by job id,
 * and remember which page showed which postings (for pages found unchanged, and for closing).
 */
abstract class JobPostingPages implements PageKind<JobPosting> {

    /** What cards and detail pages both give, and so what the drift check watches on both. */
    static final Map<String, Function<JobPosting, ?>> CARD_FIELDS = Map.of(
            "title", JobPosting::title,
            "location", JobPosting::locationAsStated,
            "description", JobPosting::description,
            "postedDate", JobPosting::postedDate,
            "team", JobPosting::team);

    protected final JobPostingNormalizer normalizer;
    private final String kind;
    private final JobPostingWriter writer;
    private final Map<String, Function<JobPosting, ?>> watchedFields;

    JobPostingPages(String kind, JobPostingNormalizer normalizer, JobPostingWriter writer,
                    Map<String, Function<JobPosting, ?>> watchedFields) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.watchedFields = Map.copyOf(watchedFields);
    }

    @Override
    public String name() {
        return kind;
    }

    @Override
    public void load(String url, List<JobPosting> records, Instant at) {
        writer.upsert(url, records, at);
    }

    @Override
    public PageFill fill(List<JobPosting> records) {
        return PageFill.count(records, watchedFields);
    }

    @Override
    public String storedContent(String url) {
        return writer.storedContent(url);
    }

    @Override
    public void markSeen(String url, Instant at) {
        writer.markSeen(url, at);
    }
}
