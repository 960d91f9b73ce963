package org.pubharvest.config.jobposting;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.pubharvest.config.job.PageKind;
import org.pubharvest.load.job.JobPostingWriter;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.job.JobPostingNormalizer;

/**
 * What the two kinds of job pages share: both load into the same postings, keyed by job id,
 * and remember which page showed which postings (for pages found unchanged, and for closing).
 */
abstract class JobPostingPages implements PageKind<JobPosting> {

    protected final JobPostingNormalizer normalizer;
    private final String kind;
    private final JobPostingWriter writer;

    JobPostingPages(String kind, JobPostingNormalizer normalizer, JobPostingWriter writer) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.writer = Objects.requireNonNull(writer, "writer");
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
    public void markSeen(String url, Instant at) {
        writer.markSeen(url, at);
    }
}
