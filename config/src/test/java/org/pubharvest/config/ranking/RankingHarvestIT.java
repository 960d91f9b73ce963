package org.pubharvest.config.ranking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.config.HarvestApplication;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.pubharvest.config.support.SampleSiteHarvest;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rankings end to end over HTTP: the lists found on the news listing, their blog posts, linking in
 * the reconcile step (in the same run as the publications, or runs later), the view, and an edited
 * list served in place of the original.
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = HarvestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:ranking-harvest-it;DB_CLOSE_DELAY=-1"})
class RankingHarvestIT extends SampleSiteHarvest {

    private static final String LIST_2021 = "/www.amazon.science/latest-news/the-10-most-read-research-papers-of-2021";

    @Autowired
    HarvestLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyWarehouse() {
        emptyWarehouse(jdbc);
    }

    @Test
    void aYearWithItsListIsHarvestedAndLinkedInOneRun() {
        RunReport report = harvest(2021, "publications", "rankings");

        assertThat(report.status()).isEqualTo(BatchStatus.COMPLETED);
        // 20 publications, the 2021 list and its 3 blog posts.
        assertThat(report.summary()).isEqualTo("discovered=24 loaded=24 unchanged=0 rejected=0 gone=0 failed=0");
        assertThat(jdbc.sql("SELECT list_rank FROM ranking WHERE list_year = 2021 ORDER BY list_rank").query(Integer.class).list())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertLinkedAsTheAnswerKeySays(2021);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM blog_post").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void listsHarvestedBeforeTheirPapersAreLinkedByTheRunThatLoadsThePapers() {
        for (int year = 2019; year <= 2021; year++) {
            assertThat(harvest(year, "rankings").completed()).isTrue();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ranking WHERE publication_id IS NULL").query(Integer.class).single())
                .isEqualTo(30);
        assertThat(jdbc.sql("SELECT link_reason FROM ranking WHERE list_year = 2021 AND list_rank = 2")
                .query(String.class).single()).startsWith("the list links https://www.amazon.science/publications/a-map-of-bandits-for-e-commerce, which is not harvested");

        for (int year = 2019; year <= 2021; year++) {
            assertThat(harvest(year, "publications").completed()).isTrue();
        }

        for (int year = 2019; year <= 2021; year++) {
            assertLinkedAsTheAnswerKeySays(year);
        }
        assertThat(jdbc.sql("SELECT link_reason FROM ranking WHERE list_year = 2020 AND list_rank = 9")
                .query(String.class).single()).contains("below the threshold 0.50");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM blog_post").query(Integer.class).single()).isEqualTo(7);
    }

    @Test
    void theViewShowsRankedPapersWithVenueAuthorsAndAreas() {
        harvest(2021, "publications", "rankings");

        Map<String, Object> first = jdbc.sql("SELECT * FROM ranked_paper WHERE list_year = 2021 AND list_rank = 1")
                .query().singleRow();

        assertThat(first).containsEntry("TITLE", "Using lightweight formal methods to validate a key-value storage node in Amazon S3")
                .containsEntry("VENUE_ACRONYM", "SOSP")
                .containsEntry("VENUE_AS_LISTED", "ACM Symposium on Operating Systems Principles")
                .containsEntry("AWARD", "best-paper award")
                .containsEntry("RESEARCH_AREAS", "automated-reasoning, cloud-and-systems")
                .containsEntry("LINK_METHOD", "blog-post-link");
        assertThat((String) first.get("AUTHORS")).startsWith("James Bornholt, Rajeev Joshi, Vytautas Astrauskas");
        assertThat(jdbc.sql("""
                        SELECT a.name FROM blog_post_person bp JOIN author a ON a.id = bp.author_id
                        JOIN blog_post b ON b.id = bp.blog_post_id
                        WHERE b.url LIKE '%new-technique%' AND bp.person_role = 'paper-author' ORDER BY bp.person_position""")
                .query(String.class).list()).containsExactly("Atalanti A. Mastakouri", "Bernhard Schölkopf", "Dominik Janzing");
    }

    @Test
    void anEditedListUpdatesRanksInPlaceWithoutDuplicatingRows() {
        harvest(2021, "publications", "rankings");
        Map<String, Long> idsBefore = idsByEntry();

        StubMapping edited = SITE.stubFor(get(urlEqualTo(LIST_2021)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(reordered2021List())));
        try {
            RunReport second = harvest(2021, "publications", "rankings");

            assertThat(second.summary()).isEqualTo("discovered=24 loaded=1 unchanged=23 rejected=0 gone=0 failed=0");
        } finally {
            SITE.removeStub(edited);
        }
        assertThat(idsByEntry()).isEqualTo(idsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ranking").query(Integer.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("""
                        SELECT p.url FROM ranking r JOIN publication p ON p.id = r.publication_id
                        WHERE r.list_year = 2021 ORDER BY r.list_rank""").query(String.class).list()
                .subList(0, 4)).containsExactly(
                "https://www.amazon.science/publications/a-map-of-bandits-for-e-commerce",
                "https://www.amazon.science/publications/using-lightweight-formal-methods-to-validate-a-key-value-storage-node-in-amazon-s3",
                "https://www.amazon.science/publications/contextual-rephrase-detection-for-reducing-friction-in-dialogue-systems",
                "https://www.amazon.science/publications/necessary-and-sufficient-conditions-for-causal-feature-selection-in-time-series-with-latent-common-causes");
    }

    private RunReport harvest(int year, String... sources) {
        return launcher.harvest(new HarvestScope(new TreeSet<>(List.of(sources)), year));
    }

    private Map<String, Long> idsByEntry() {
        Map<String, Long> ids = new java.util.TreeMap<>();
        jdbc.sql("SELECT entry_key, id FROM ranking").query((rs, row) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        return ids;
    }

    private void assertLinkedAsTheAnswerKeySays(int year) {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> expected = new String(SampleSite.bundled().read("expected/rankings.jsonl"), StandardCharsets.UTF_8)
                .lines().filter(line -> !line.isBlank()).map(json::readTree)
                .filter(node -> node.get("listYear").asInt() == year).toList();
        assertThat(expected).hasSize(10);
        for (JsonNode key : expected) {
            Map<String, Object> row = jdbc.sql("""
                            SELECT p.url, r.link_method, r.link_reason, r.blog_url FROM ranking r
                            LEFT JOIN publication p ON p.id = r.publication_id WHERE r.list_year = ? AND r.list_rank = ?""")
                    .params(year, key.get("rank").asInt()).query().singleRow();
            String linked = key.get("linkedPublication").isNull() ? null : key.get("linkedPublication").asString();
            String description = year + " #" + key.get("rank").asInt() + " " + row;
            assertThat(row.get("URL")).as(description).isEqualTo(linked);
            assertThat(row.get("LINK_METHOD")).as(description)
                    .isEqualTo(linked == null ? null : key.get("linkMethod").asString());
            assertThat(row.get("LINK_REASON")).as(description).isNotNull();
            assertThat(row.get("BLOG_URL")).as(description)
                    .isEqualTo(key.get("blogUrl").isNull() ? null : key.get("blogUrl").asString());
        }
    }

    /** The 2021 list as an editor corrected it: entries 1 and 2 swap places and the tenth moves up to third. */
    private static String reordered2021List() {
        Document page = Jsoup.parse(new String(SampleSite.bundled().read(
                "www.amazon.science/latest-news/the-10-most-read-research-papers-of-2021.html"), StandardCharsets.UTF_8));
        Element list = page.selectFirst("ol.RankedList");
        List<Element> items = new ArrayList<>(list.children());
        items.forEach(Element::remove);
        for (int position : new int[] {2, 1, 10, 3, 4, 5, 6, 7, 8, 9}) {
            list.appendChild(items.get(position - 1));
        }
        return page.outerHtml();
    }
}
