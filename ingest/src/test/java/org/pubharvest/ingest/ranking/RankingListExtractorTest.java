package org.pubharvest.ingest.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.site.SiteProfiles;

/** The most-read lists of the sample site, read as a user would read them. */
class RankingListExtractorTest {

    private static final String NEWS = "https://www.amazon.science/latest-news/";
    private static final String BLOG = "https://www.amazon.science/blog/";
    private static final String PUBLICATION = "https://www.amazon.science/publications/";
    private final RankingListExtractor extractor = new RankingListExtractor(SiteProfiles.amazonScience());

    @Test
    void the2021ListGivesTenEntriesWithRanksAbstractsAndBlogLinks() {
        ScrapedRankingList list = extractor.extract(SamplePages.fetched(NEWS + "the-10-most-read-research-papers-of-2021"));

        assertThat(list.listYear()).isEqualTo(2021);
        assertThat(list.items()).extracting(ScrapedRankingItem::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(list.items()).extracting(ScrapedRankingItem::blogUrl).containsExactly(
                BLOG + "lightweight-formal-methods-for-validating-new-s3-data-storage-service", null,
                BLOG + "new-technique-detects-all-the-direct-causal-features-of-a-target-time-series", null,
                BLOG + "using-learning-to-rank-to-precisely-locate-where-to-deliver-packages", null, null, null, null, null);
        assertThat(list.items()).extracting(item -> item.abstractText().substring(0, 40)).containsExactly(
                "This paper reports our experience applyi", "The rich body of Bandit literature not o",
                "We study the identification of direct an", "In this paper, we focus on improving onl",
                "Amazon Last Mile strives to learn an acc", "Seasonality is an important dimension fo",
                "Since 2015, Amazon has reduced the weigh", "While pre-trained large language models ",
                "Large-scale time series panels have beco", "For voice assistants like Alexa, Google ");
        assertThat(list.items()).allSatisfy(item -> assertThat(item.abstractText()).doesNotStartWith("\"")
                .doesNotEndWith("\"").doesNotContain("Read our blog post"));
    }

    @Test
    void anAbstractInterruptedByTheBlogLinkIsJoinedWithoutTheCommentary() {
        ScrapedRankingItem first = extractor.extract(SamplePages.fetched(NEWS + "the-10-most-read-research-papers-of-2021"))
                .items().get(0);

        assertThat(first.abstractText()).isEqualTo("This paper reports our experience applying lightweight formal "
                + "methods to validate the correctness of ShardStore, a new key-value storage node implementation for "
                + "the Amazon S3 cloud object storage service.\n\nBy “lightweight formal methods\" we mean a pragmatic "
                + "approach to verifying the correctness of a production storage node that is under ongoing feature "
                + "development by a full-time engineering team. We do not aim to achieve full formal verification, but "
                + "instead emphasize automation, usability, and the ability to continually ensure correctness as both "
                + "software and its specification evolve over time.");
        assertThat(first.venue()).isEqualTo("ACM Symposium on Operating Systems Principles");
        assertThat(first.award()).isEqualTo("best-paper award");
        assertThat(first.commentary()).startsWith("At the ACM Symposium on Operating Systems Principles, the authors won");
    }

    @Test
    void titlesComeFromTitleLinesOrCardsAndLinksFromEither() {
        List<ScrapedRankingItem> items = extractor.extract(
                SamplePages.fetched(NEWS + "the-10-most-read-research-papers-of-2021")).items();

        assertThat(items).extracting(ScrapedRankingItem::rank, ScrapedRankingItem::title, ScrapedRankingItem::publicationUrl)
                .contains(
                        tuple(1, null, null),
                        tuple(2, "A map of bandits for e-commerce", PUBLICATION + "a-map-of-bandits-for-e-commerce"),
                        tuple(7, null, null),
                        tuple(8, "CTR-BERT: Cost-effective knowledge distillation for billion-parameter teacher models",
                                PUBLICATION + "ctr-bert-cost-effective-knowledge-distillation-for-billion-parameter-teacher-models"));
        assertThat(items.get(4).venue()).isEqualTo("European Conference on Machine Learning");
        assertThat(items.get(4).award()).isNull();
        assertThat(items.get(2).venue()).isNull();
    }

    @Test
    void curlyMixedAndTruncatedQuotesLoseOnlyTheirOuterMarks() {
        List<ScrapedRankingItem> items2020 = extractor.extract(
                SamplePages.fetched(NEWS + "the-10-most-read-research-papers-of-2020")).items();
        List<ScrapedRankingItem> items2019 = extractor.extract(
                SamplePages.fetched(NEWS + "the-10-most-read-research-papers-of-2019")).items();

        assertThat(items2020.get(2).abstractText()).startsWith("Semantic product search").endsWith("purchases from search.");
        assertThat(items2020.get(5).abstractText()).endsWith("order numbers. …");
        assertThat(items2019.get(6).abstractText()).startsWith("Clicks and purchases").endsWith("previously ranked low.");
        assertThat(items2020.get(9).title()).isEqualTo("Off-policy evaluation for slate recommendation under position bias");
        assertThat(items2020.get(9).publicationUrl()).isNull();
        assertThat(items2020.get(1).award()).isEqualTo("outstanding-paper award");
    }

    @Test
    void anItemsOwnNumberWinsOverItsPosition() {
        String html = "<div class=\"ArticlePage-articleBody\"><ol><li value=\"3\"><p>\"Third.\"</p></li>"
                + "<li value=\"1\"><p>\"First.\"</p></li></ol></div>";
        ScrapedRankingList list = extractor.extract(new org.pubharvest.ingest.fetch.FetchedPage(
                NEWS + "the-10-most-read-research-papers-of-2022", 200, "text/html", null, null,
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.Instant.EPOCH));

        assertThat(list.items()).extracting(ScrapedRankingItem::rank, ScrapedRankingItem::abstractText)
                .containsExactly(tuple(3, "Third."), tuple(1, "First."));
        assertThat(list.listYear()).isEqualTo(2022);
    }

    @Test
    void onlyListUrlsAreLists() {
        assertThat(extractor.isRankingListUrl(NEWS + "the-10-most-read-research-papers-of-2019")).isTrue();
        assertThat(extractor.isRankingListUrl(NEWS + "the-top-10-blog-posts-of-2021")).isFalse();
        assertThat(extractor.isRankingListUrl(PUBLICATION + "a-map-of-bandits-for-e-commerce")).isFalse();
    }
}
