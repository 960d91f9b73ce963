package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.config.HarvestApplication;
import org.pubharvest.config.support.SampleSiteHarvest;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The harvest job end to end: the sample site served by a real WireMock server, a real H2
 * warehouse migrated by Flyway, the real job repository. Checks the rows against the sample
 * site's answer key, then runs the year again and checks that nothing changed or doubled.
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = HarvestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:harvest-job-it;DB_CLOSE_DELAY=-1"})
class HarvestJobIT extends SampleSiteHarvest {


    @Autowired
    HarvestLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyWarehouse() {
        emptyWarehouse(jdbc);
    }

    @Test
    void harvestsAYearIntoRowsThatMatchTheSamplePages() {
        RunReport report = launcher.harvest(new HarvestScope(new java.util.TreeSet<>(java.util.List.of("publications")), 2021));

        assertThat(report.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(report.summary()).isEqualTo("discovered=20 loaded=20 unchanged=0 rejected=0 gone=0 failed=0");
        List<JsonNode> expected = answerKey(2021);
        assertThat(jdbc.sql("SELECT url FROM publication ORDER BY url").query(String.class).list())
                .containsExactlyElementsOf(expected.stream().map(e -> e.get("url").asString()).sorted().toList());
        for (JsonNode publication : expected) {
            String url = publication.get("url").asString();
            assertThat(jdbc.sql("SELECT title FROM publication WHERE url = ?").param(url).query(String.class).single())
                    .isEqualTo(publication.get("title").asString());
            assertThat(authorsOf(url)).containsExactlyElementsOf(
                    publication.get("authors").valueStream().map(JsonNode::asString).toList());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM page").query(Integer.class).single()).isEqualTo(20);
        assertThat(harvestRun()).containsEntry("STATUS", "COMPLETED").containsEntry("DISCOVERED", 20)
                .containsEntry("LOADED", 20);
    }

    @Test
    void oneRowPerVenueAndPerAuthorHoweverOftenTheyAppear() {
        launcher.harvest(new HarvestScope(new java.util.TreeSet<>(java.util.List.of("publications")), 2021));
        launcher.harvest(new HarvestScope(new java.util.TreeSet<>(java.util.List.of("publications")), 2019));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM venue WHERE venue_key = 'sosp'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT COUNT(DISTINCT p.id) FROM publication p JOIN venue v ON v.id = p.venue_id
                        WHERE v.venue_key = 'sosp'""").query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM author WHERE name = 'Bernhard Schölkopf'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM author GROUP BY name HAVING COUNT(*) > 1").query(Integer.class).list())
                .isEmpty();
    }

    @Test
    void aSecondRunOfTheSameYearChangesNothingAndDoublesNothing() {
        launcher.harvest(new HarvestScope(new java.util.TreeSet<>(java.util.List.of("publications")), 2021));
        Map<String, List<String>> afterFirst = WarehouseSnapshot.of(jdbc);

        RunReport second = launcher.harvest(new HarvestScope(new java.util.TreeSet<>(java.util.List.of("publications")), 2021));

        assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.summary()).isEqualTo("discovered=20 loaded=0 unchanged=20 rejected=0 gone=0 failed=0");
        assertThat(WarehouseSnapshot.of(jdbc)).isEqualTo(afterFirst);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM harvest_run").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void reExtractingEveryPageWritesTheSameRowsAgain() {
        launcher.harvest(new HarvestScope(new java.util.TreeSet<>(java.util.List.of("publications")), 2021));
        Map<String, List<String>> afterFirst = WarehouseSnapshot.of(jdbc);
        // Forget what was extracted, as after a change of extraction rules: every page is loaded again.
        jdbc.sql("UPDATE page SET extracted_hash = NULL").update();

        RunReport second = launcher.harvest(new HarvestScope(new java.util.TreeSet<>(java.util.List.of("publications")), 2021));

        assertThat(second.summary()).isEqualTo("discovered=20 loaded=20 unchanged=0 rejected=0 gone=0 failed=0");
        assertThat(WarehouseSnapshot.of(jdbc)).isEqualTo(afterFirst);
    }

    @Test
    void theRepeatedListingItemIsFetchedOnce() {
        launcher.harvest(new HarvestScope(new java.util.TreeSet<>(java.util.List.of("publications")), 2021));

        SITE.verify(1, getRequestedFor(urlPathMatching(
                "/www.amazon.science/publications/carbon-aware-scheduling-of-batch-workloads-across-cloud-regions")));
    }

    private List<String> authorsOf(String url) {
        return jdbc.sql("""
                        SELECT a.name FROM publication_author pa JOIN author a ON a.id = pa.author_id
                        JOIN publication p ON p.id = pa.publication_id WHERE p.url = ? ORDER BY pa.author_position""")
                .param(url).query(String.class).list();
    }

    private Map<String, Object> harvestRun() {
        return jdbc.sql("SELECT status, discovered, loaded FROM harvest_run").query().singleRow();
    }

    private static List<JsonNode> answerKey(int year) {
        String jsonl = new String(SampleSite.bundled().read("expected/publications.jsonl"), StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        return jsonl.lines().filter(line -> !line.isBlank()).map(json::readTree)
                .filter(node -> node.get("year").asInt() == year).toList();
    }
}
