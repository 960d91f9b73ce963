package org.pubharvest.config.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.bound.ExtractionTimeoutException;
import org.pubharvest.ingest.extract.JobCardExtractor;
import org.pubharvest.ingest.extract.JobDetailExtractor;
import org.pubharvest.ingest.extract.ParsedPage;
import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.extract.ScrapedPublication;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.ranking.BlogPostExtractor;
import org.pubharvest.ingest.ranking.RankingListExtractor;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;
import org.pubharvest.transform.area.ResearchAreaCatalog;
import org.pubharvest.transform.blog.BlogPostNormalizer;
import org.pubharvest.transform.blog.NormalizedBlogPost;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.job.JobPostingNormalizer;
import org.pubharvest.transform.job.JobPostings;
import org.pubharvest.transform.job.NormalizedJobPosting;
import org.pubharvest.transform.publication.NormalizedPublication;
import org.pubharvest.transform.publication.PublicationNormalizer;
import org.pubharvest.transform.ranking.NormalizedRankingList;
import org.pubharvest.transform.ranking.RankingListNormalizer;

/**
 * Every record one page holds, extracted and normalized as the harvest would: a page of a known
 * site gives the records of its kind (a publication, a most-read list's entries, a blog post, a
 * job detail) and the job cards it shows anywhere on it; a page of any other site is read as a
 * publication page with the profile for its host. Records are the one-line JSON objects of
 * {@code extract}; what normalization refused is kept as one reason per record.
 *
 * @param records the records in page order (job cards last, repeats merged)
 * @param rejects one "what: reason" line per refused record
 */
record PageRecords(List<Map<String, Object>> records, List<String> rejects) {

    PageRecords {
        records = List.copyOf(records);
        rejects = List.copyOf(rejects);
    }

    /**
     * {@link #of} under a time limit, as the harvest extracts: a page that takes longer gives no records and
     * the reason as its one reject.
     */
    static PageRecords within(Duration limit, FetchedPage page, boolean explain) {
        try {
            return ExtractionDeadline.within(limit, () -> of(page, explain));
        } catch (ExtractionTimeoutException e) {
            return new PageRecords(List.of(), List.of(e.getMessage()));
        }
    }

    static PageRecords of(FetchedPage page, boolean explain) {
        ParsedPage parsed = ParsedPage.of(page);
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> rejects = new ArrayList<>();
        String url = page.url();
        SiteProfile science = SiteProfiles.amazonScience();
        SiteProfile jobs = SiteProfiles.amazonJobs();
        if (jobs.isJobDetailUrl(url)) {
            jobPostings(List.of(new JobPostingNormalizer().detail(new JobDetailExtractor(jobs.jobDetail()).extract(page))),
                    records, rejects);
            return new PageRecords(records, rejects);
        }
        if (!science.isOnSite(url)) {
            publication(SiteProfiles.forUrl(url), parsed, explain, records, rejects);
            return new PageRecords(records, rejects);
        }
        RankingListExtractor lists = new RankingListExtractor(science);
        BlogPostExtractor blogPosts = new BlogPostExtractor(science);
        if (lists.isRankingListUrl(url) || (!blogPosts.isBlogPostUrl(url) && !science.isPublicationUrl(url)
                && lists.listYear(parsed) != null)) {
            NormalizedRankingList list = new RankingListNormalizer().normalize(lists.extract(parsed));
            if (list instanceof NormalizedRankingList.Accepted accepted) {
                accepted.list().entries().forEach(entry -> records.add(RecordJson.ranking(entry)));
            } else {
                rejects.add("most-read list: " + ((NormalizedRankingList.Rejected) list).reason());
            }
        } else if (blogPosts.isBlogPostUrl(url)) {
            NormalizedBlogPost post = new BlogPostNormalizer(ResearchAreaCatalog.bundled())
                    .normalize(blogPosts.extract(parsed));
            if (post instanceof NormalizedBlogPost.Accepted accepted) {
                records.add(RecordJson.blogPost(accepted.post()));
            } else {
                rejects.add("blog post: " + ((NormalizedBlogPost.Rejected) post).reason());
            }
        } else if (science.isPublicationUrl(url)) {
            publication(science, parsed, explain, records, rejects);
        }
        JobPostingNormalizer normalizer = new JobPostingNormalizer();
        jobPostings(new JobCardExtractor(science.jobCards(), jobs.jobDetail()).extract(parsed).stream()
                .map(normalizer::card).toList(), records, rejects);
        return new PageRecords(records, rejects);
    }

    private static void publication(SiteProfile profile, ParsedPage parsed, boolean explain,
                                    List<Map<String, Object>> records, List<String> rejects) {
        ScrapedPublication scraped = new PublicationExtractor(profile).extract(parsed);
        NormalizedPublication result = PublicationNormalizer.withBundledCatalogs().normalize(scraped);
        if (result instanceof NormalizedPublication.Accepted accepted) {
            records.add(RecordJson.publication(accepted.publication(), explain ? scraped.sources() : null));
        } else {
            rejects.add("publication: " + ((NormalizedPublication.Rejected) result).reason());
        }
    }

    private static void jobPostings(List<NormalizedJobPosting> outcomes, List<Map<String, Object>> records,
                                    List<String> rejects) {
        List<JobPosting> postings = new ArrayList<>();
        for (NormalizedJobPosting outcome : outcomes) {
            if (outcome instanceof NormalizedJobPosting.Accepted accepted) {
                postings.add(accepted.posting());
            } else {
                rejects.add("job posting: " + ((NormalizedJobPosting.Rejected) outcome).reason());
            }
        }
        JobPostings.dedupe(postings).forEach(posting -> records.add(RecordJson.job(posting)));
    }
}
