package org.pubharvest.transform.ranking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.ranking.BlogPostExtractor;
import org.pubharvest.ingest.ranking.RankingListExtractor;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.ingest.site.SiteProfile;
import org.pubharvest.ingest.site.SiteProfiles;
import org.pubharvest.transform.area.ResearchAreaCatalog;
import org.pubharvest.transform.blog.BlogPost;
import org.pubharvest.transform.blog.BlogPostNormalizer;
import org.pubharvest.transform.blog.NormalizedBlogPost;
import org.pubharvest.transform.publication.NormalizedPublication;
import org.pubharvest.transform.publication.Publication;
import org.pubharvest.transform.publication.PublicationNormalizer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every page of the bundled sample site, extracted and normalized by kind, with its answer keys. */
final class SampleSiteRankings {

    private static final SampleSite SITE = SampleSite.bundled();
    private static final SiteProfile PROFILE = SiteProfiles.amazonScience();

    final List<PublicationText> publications = new ArrayList<>();
    final List<RankingEntry> entries = new ArrayList<>();
    final Map<String, BlogPost> blogPosts = new HashMap<>();

    SampleSiteRankings() {
        PublicationExtractor publicationExtractor = new PublicationExtractor(PROFILE);
        PublicationNormalizer publicationNormalizer = PublicationNormalizer.withBundledCatalogs();
        RankingListExtractor listExtractor = new RankingListExtractor(PROFILE);
        BlogPostExtractor blogExtractor = new BlogPostExtractor(PROFILE);
        BlogPostNormalizer blogNormalizer = new BlogPostNormalizer(ResearchAreaCatalog.bundled());
        for (SamplePage page : SITE.pages()) {
            FetchedPage fetched = new FetchedPage(page.canonicalUrl(), 200, page.contentType(), null, null,
                    SITE.read(page.file()), Instant.parse("2022-01-10T08:00:00Z"));
            if (PROFILE.isPublicationUrl(page.canonicalUrl())) {
                if (publicationNormalizer.normalize(publicationExtractor.extract(fetched))
                        instanceof NormalizedPublication.Accepted accepted) {
                    Publication publication = accepted.publication();
                    publications.add(new PublicationText(publication.url(), publication.title(), publication.abstractText()));
                }
            } else if (listExtractor.isRankingListUrl(page.canonicalUrl())) {
                if (new RankingListNormalizer().normalize(listExtractor.extract(fetched))
                        instanceof NormalizedRankingList.Accepted accepted) {
                    entries.addAll(accepted.list().entries());
                }
            } else if (blogExtractor.isBlogPostUrl(page.canonicalUrl())) {
                if (blogNormalizer.normalize(blogExtractor.extract(fetched)) instanceof NormalizedBlogPost.Accepted accepted) {
                    blogPosts.put(accepted.post().url(), accepted.post());
                }
            }
        }
    }

    String blogPaperUrl(RankingEntry entry) {
        BlogPost post = entry.blogUrl() == null ? null : blogPosts.get(entry.blogUrl());
        return post == null ? null : post.paperUrl();
    }

    static List<JsonNode> answerKey(String file) {
        JsonMapper json = JsonMapper.builder().build();
        return new String(SITE.read(file), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                .map(json::readTree).toList();
    }

    static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
