package org.pubharvest.config.jobposting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pubharvest.config.job.Extraction;
import org.pubharvest.ingest.extract.JobCardExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.job.JobPostingWriter;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.job.JobPostingNormalizer;
import org.pubharvest.transform.job.JobPostings;
import org.pubharvest.transform.job.NormalizedJobPosting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Careers listing pages: one posting per card, the same card twice being one. A page without a
 * usable card is rejected (the selectors may have gone stale), which also keeps the run from
 * closing postings it could not read; a single unusable card is logged and left out.
 */
public class CareersListingPages extends JobPostingPages {

    public static final String KIND = "job-listing";
    private static final Logger log = LoggerFactory.getLogger(CareersListingPages.class);

    private final JobCardExtractor extractor;

    public CareersListingPages(JobCardExtractor extractor, JobPostingNormalizer normalizer, JobPostingWriter writer) {
        super(KIND, normalizer, writer, CARD_FIELDS);
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** A listing page without a card is drift, even in a kind's first run. */
    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public Extraction<JobPosting> extract(FetchedPage page) {
        List<JobPosting> postings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        extractor.extract(page).stream().map(normalizer::card).forEach(outcome -> {
            if (outcome instanceof NormalizedJobPosting.Accepted accepted) {
                postings.add(accepted.posting());
            } else {
                problems.add(((NormalizedJobPosting.Rejected) outcome).reason());
            }
        });
        if (postings.isEmpty()) {
            return Extraction.rejected(problems.isEmpty() ? "no job cards on the page" : "no usable job card: " + problems);
        }
        problems.forEach(problem -> log.warn("left out: {}", problem));
        return Extraction.accepted(JobPostings.dedupe(postings));
    }
}
