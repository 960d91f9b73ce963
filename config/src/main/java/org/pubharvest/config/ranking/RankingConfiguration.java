package org.pubharvest.config.ranking;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.pubharvest.config.job.Extraction;
import org.pubharvest.config.job.PageFill;
import org.pubharvest.config.job.PageKind;
import org.pubharvest.ingest.ranking.BlogPostExtractor;
import org.pubharvest.ingest.ranking.RankingListExtractor;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.load.ranking.BlogPostWriter;
import org.pubharvest.load.ranking.RankingLinks;
import org.pubharvest.load.ranking.RankingWriter;
import org.pubharvest.transform.area.ResearchAreaCatalog;
import org.pubharvest.transform.blog.BlogPost;
import org.pubharvest.transform.blog.BlogPostNormalizer;
import org.pubharvest.transform.blog.NormalizedBlogPost;
import org.pubharvest.transform.ranking.NormalizedRankingList;
import org.pubharvest.transform.ranking.RankingEntry;
import org.pubharvest.transform.ranking.RankingList;
import org.pubharvest.transform.ranking.RankingListNormalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rankings: where the harvest finds the yearly lists and their blog posts, how it loads them, and
 * the reconciler that links list entries to publications once extraction is done.
 */
@Configuration(proxyBeanMethods = false)
public class RankingConfiguration {

    /** Page kinds, as stored in {@code frontier.kind}. */
    public static final String RANKING_LIST = "ranking-list";
    public static final String BLOG_POST = "blog-post";

    /** What the drift check watches on each entry of a list: a list's items are its entries. */
    private static final Map<String, Function<RankingEntry, ?>> ENTRY_FIELDS = Map.of(
            "title", RankingEntry::title,
            "abstract", RankingEntry::abstractText,
            "blogUrl", RankingEntry::blogUrl,
            "publicationUrl", RankingEntry::publicationUrl);

    private static final Map<String, Function<BlogPost, ?>> BLOG_POST_FIELDS = Map.of(
            "title", BlogPost::title,
            "subtitle", BlogPost::subtitle,
            "authors", BlogPost::authors,
            "date", BlogPost::date,
            "researchArea", BlogPost::researchArea,
            "paperUrl", BlogPost::paperUrl);

    @Bean
    RankingListExtractor rankingListExtractor(SiteProfile profile) {
        return new RankingListExtractor(profile);
    }

    @Bean
    BlogPostExtractor blogPostExtractor(SiteProfile profile) {
        return new BlogPostExtractor(profile);
    }

    @Bean
    RankingListings rankingListings(SiteProfile profile, RankingListExtractor lists, BlogPostExtractor blogPosts) {
        return new RankingListings(profile.rankingLists(), lists, blogPosts);
    }

    @Bean
    PageKind<RankingList> rankingListPages(RankingListExtractor extractor, JdbcClient jdbc) {
        RankingListNormalizer normalizer = new RankingListNormalizer();
        RankingWriter writer = new RankingWriter(jdbc);
        return new RecordPages<>(RANKING_LIST, page -> {
            NormalizedRankingList result = normalizer.normalize(extractor.extract(page));
            return result instanceof NormalizedRankingList.Accepted accepted
                    ? Extraction.accepted(List.of(accepted.list()))
                    : Extraction.rejected(((NormalizedRankingList.Rejected) result).reason());
        }, writer::upsert, writer::markSeen,
                lists -> PageFill.count(lists.stream().flatMap(list -> list.entries().stream()).toList(), ENTRY_FIELDS),
                true, writer::storedContent);
    }

    @Bean
    PageKind<BlogPost> blogPostPages(BlogPostExtractor extractor, JdbcClient jdbc) {
        BlogPostNormalizer normalizer = new BlogPostNormalizer(ResearchAreaCatalog.bundled());
        BlogPostWriter writer = new BlogPostWriter(jdbc);
        return new RecordPages<>(BLOG_POST, page -> {
            NormalizedBlogPost result = normalizer.normalize(extractor.extract(page));
            return result instanceof NormalizedBlogPost.Accepted accepted
                    ? Extraction.accepted(List.of(accepted.post()))
                    : Extraction.rejected(((NormalizedBlogPost.Rejected) result).reason());
        }, writer::upsert, writer::markSeen, posts -> PageFill.count(posts, BLOG_POST_FIELDS), false,
                writer::storedContent);
    }

    @Bean
    RankingReconciler rankingReconciler(JdbcClient jdbc) {
        return new RankingReconciler(new RankingLinks(jdbc));
    }
}
