package org.pubharvest.config;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pubharvest.ingest.discover.JobListingPageParser;
import org.pubharvest.ingest.discover.ListingPageParser;
import org.pubharvest.ingest.extract.JobCardExtractor;
import org.pubharvest.ingest.extract.JobDetailExtractor;
import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.fetch.FetchObserver;
import org.pubharvest.ingest.fetch.FetchSettings;
import org.pubharvest.ingest.fetch.HttpPageFetcher;
import org.pubharvest.ingest.fetch.PageFetcher;
import org.pubharvest.ingest.fetch.PoliteFetcher;
import org.pubharvest.ingest.fetch.PolitenessSettings;
import org.pubharvest.ingest.site.SiteMirror;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;
import org.pubharvest.ingest.site.UrlMapper;
import org.pubharvest.transform.job.JobPostingNormalizer;
import org.pubharvest.transform.publication.PublicationNormalizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Fetching, extracting and normalizing, wired from the properties and the site profile. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

    /** Primary: publications and most beans read Amazon Science; job detail pages ask for amazon.jobs by name. */
    @Bean
    @Primary
    SiteProfile amazonScienceProfile() {
        return SiteProfiles.amazonScience();
    }

    @Bean
    SiteProfile amazonJobsProfile() {
        return SiteProfiles.amazonJobs();
    }

    /** Every site profile's canonical base, fetched from {@code pubharvest.sites.<profile>.base-url} when set; nothing else is fetched. */
    @Bean
    UrlMapper urlMapper(List<SiteProfile> profiles, PubharvestProperties properties) {
        Map<String, String> fetchBases = new LinkedHashMap<>();
        for (SiteProfile profile : profiles) {
            PubharvestProperties.Site site = properties.sites().get(profile.name());
            String baseUrl = site == null || site.baseUrl() == null || site.baseUrl().isBlank()
                    ? profile.canonicalBaseUrl() : site.baseUrl();
            fetchBases.put(profile.canonicalBaseUrl(), baseUrl);
        }
        return new SiteMirror(fetchBases);
    }

    /** Polite, and counted: each exchange goes to the harvest's metrics ({@code pubharvest.http.*}). */
    @Bean
    PoliteFetcher pageFetcher(PubharvestProperties properties, UrlMapper urlMapper, Clock clock,
                              ObjectProvider<FetchObserver> observer) {
        PubharvestProperties.Fetch fetch = properties.fetch();
        FetchObserver counted = observer.getIfAvailable(() -> FetchObserver.NONE);
        HttpPageFetcher http = new HttpPageFetcher(new FetchSettings(fetch.userAgentHeader(), fetch.connectTimeout(),
                fetch.requestTimeout(), fetch.maxBodySize().toBytes(), fetch.maxAttempts(), fetch.retryBaseDelay(),
                fetch.maxRetryDelay(), fetch.maxRedirects()), urlMapper, clock, counted);
        return new PoliteFetcher(http, new PolitenessSettings(fetch.minDelay(), fetch.maxConcurrencyPerHost(),
                fetch.obeyRobots(), fetch.robotsAgent(), fetch.maxCrawlDelay(), fetch.robotsCacheTime()), clock, counted);
    }

    @Bean
    ListingPageParser publicationListingParser(SiteProfile profile) {
        return new ListingPageParser(profile.publicationListing());
    }

    @Bean
    PublicationExtractor publicationExtractor(SiteProfile profile) {
        return new PublicationExtractor(profile);
    }

    @Bean
    JobCardExtractor jobCardExtractor(SiteProfile profile, @Qualifier("amazonJobsProfile") SiteProfile amazonJobsProfile) {
        return new JobCardExtractor(profile.jobCards(), amazonJobsProfile.jobDetail());
    }

    @Bean
    JobListingPageParser jobListingPageParser(SiteProfile profile, JobCardExtractor jobCardExtractor) {
        return new JobListingPageParser(profile.jobListing(), jobCardExtractor);
    }

    @Bean
    JobDetailExtractor jobDetailExtractor(@Qualifier("amazonJobsProfile") SiteProfile amazonJobsProfile) {
        return new JobDetailExtractor(amazonJobsProfile.jobDetail());
    }

    @Bean
    JobPostingNormalizer jobPostingNormalizer() {
        return new JobPostingNormalizer();
    }

    @Bean
    PublicationNormalizer publicationNormalizer() {
        return PublicationNormalizer.withBundledCatalogs();
    }
}
