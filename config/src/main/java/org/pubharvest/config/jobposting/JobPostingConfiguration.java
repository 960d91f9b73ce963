package org.pubharvest.config.jobposting;

import org.pubharvest.ingest.discover.JobListingPageParser;
import org.pubharvest.ingest.extract.JobCardExtractor;
import org.pubharvest.ingest.extract.JobDetailExtractor;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.load.job.JobPostingHistory;
import org.pubharvest.load.job.JobPostingWriter;
import org.pubharvest.transform.job.JobPostingNormalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Job postings: where the harvest finds them, how it turns their pages into rows, and when it closes them. */
@Configuration(proxyBeanMethods = false)
public class JobPostingConfiguration {

    @Bean
    JobListings jobListings(SiteProfile profile, JobListingPageParser jobListingPageParser) {
        return new JobListings(profile.jobListing().startUrl(), jobListingPageParser);
    }

    @Bean
    CareersListingPages careersListingPages(JobCardExtractor extractor, JobPostingNormalizer normalizer,
                                            JobPostingWriter writer) {
        return new CareersListingPages(extractor, normalizer, writer);
    }

    @Bean
    JobDetailPages jobDetailPages(JobDetailExtractor extractor, JobPostingNormalizer normalizer, JobPostingWriter writer) {
        return new JobDetailPages(extractor, normalizer, writer);
    }

    @Bean
    JobPostingClosing jobPostingClosing(JobPostingHistory history) {
        return new JobPostingClosing(history);
    }
}
