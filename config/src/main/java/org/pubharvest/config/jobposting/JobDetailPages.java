package org.pubharvest.config.jobposting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.pubharvest.config.job.Extraction;
import org.pubharvest.ingest.extract.JobDetailExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.job.JobPostingWriter;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.job.JobPostingNormalizer;
import org.pubharvest.transform.job.NormalizedJobPosting;

/** amazon.jobs detail pages: one posting each, which wins over its cards where both have a field. */
public class JobDetailPages extends JobPostingPages {

    public static final String KIND = "job-detail";

    /** A card's fields and what only a detail page gives. */
    private static final Map<String, Function<JobPosting, ?>> DETAIL_FIELDS = detailFields();

    private final JobDetailExtractor extractor;

    public JobDetailPages(JobDetailExtractor extractor, JobPostingNormalizer normalizer, JobPostingWriter writer) {
        super(KIND, normalizer, writer, DETAIL_FIELDS);
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Extraction<JobPosting> extract(FetchedPage page) {
        NormalizedJobPosting outcome = normalizer.detail(extractor.extract(page));
        if (outcome instanceof NormalizedJobPosting.Accepted accepted) {
            return Extraction.accepted(List.of(accepted.posting()));
        }
        return Extraction.rejected(((NormalizedJobPosting.Rejected) outcome).reason());
    }

    private static Map<String, Function<JobPosting, ?>> detailFields() {
        Map<String, Function<JobPosting, ?>> fields = new HashMap<>(CARD_FIELDS);
        fields.put("company", JobPosting::company);
        fields.put("basicQualifications", JobPosting::basicQualifications);
        return fields;
    }
}
