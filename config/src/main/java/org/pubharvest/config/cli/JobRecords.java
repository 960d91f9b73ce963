package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.pubharvest.ingest.extract.JobCardExtractor;
import org.pubharvest.ingest.extract.JobDetailExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.job.JobPostingNormalizer;
import org.pubharvest.transform.job.JobPostings;
import org.pubharvest.transform.job.NormalizedJobPosting;

/** {@code extract} for careers listing and job detail pages: the postings of one page, as the harvest loads them. */
final class JobRecords {

    private JobRecords() {
    }

    static int print(FetchedPage page, PrintStream out) {
        SiteProfile jobs = SiteProfiles.amazonJobs();
        JobPostingNormalizer normalizer = new JobPostingNormalizer();
        List<NormalizedJobPosting> outcomes = new ArrayList<>();
        if (jobs.isJobDetailUrl(page.url())) {
            outcomes.add(normalizer.detail(new JobDetailExtractor(jobs.jobDetail()).extract(page)));
        } else {
            new JobCardExtractor(SiteProfiles.amazonScience().jobCards(), jobs.jobDetail()).extract(page)
                    .forEach(card -> outcomes.add(normalizer.card(card)));
        }
        List<JobPosting> postings = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (NormalizedJobPosting outcome : outcomes) {
            if (outcome instanceof NormalizedJobPosting.Accepted accepted) {
                postings.add(accepted.posting());
            } else {
                reasons.add(((NormalizedJobPosting.Rejected) outcome).reason());
            }
        }
        if (postings.isEmpty()) {
            throw new CommandFailedException("rejected " + page.url() + ": "
                    + (reasons.isEmpty() ? "no job cards on the page" : String.join("; ", reasons)));
        }
        JobPostings.dedupe(postings).forEach(posting -> out.println(RecordJson.job(posting)));
        return Cli.OK;
    }
}
