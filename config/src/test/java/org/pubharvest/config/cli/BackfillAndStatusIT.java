package org.pubharvest.config.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.config.support.WarehouseMigrations;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backfill}, {@code status} and the too-many-rejects exit code as a user runs them, in
 * process, against the sample site's years 2019 to 2021 served by WireMock. Each test has a
 * warehouse of its own; what {@code status} prints is checked against the job repository's tables.
 */
class BackfillAndStatusIT {

    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());
    private static final String LISTING_2020_PAGE_2 =
            "/www.amazon.science/publications?f1=00000176-c5d2-d2a7-a5f7-e5d3b8a20000&p=2";

    static {
        SITE.start();
    }

    private String database;

    @BeforeEach
    void freshWarehouseAndSite(TestInfo test) {
        database = "jdbc:h2:mem:backfill-" + test.getTestMethod().orElseThrow().getName() + ";DB_CLOSE_DELAY=-1";
        SITE.resetAll();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void completedYearsAreSkippedAndForceHarvestsThemAgainWithoutDoublingRows() {
        CliRun first = run("backfill", "--from=2019", "--to=2021");
        assertThat(first.exit()).as(first.err()).isEqualTo(Cli.OK);
        assertThat(first.out()).containsSubsequence("backfill 2019 (1 of 3): harvesting", "year=2019", "COMPLETED",
                "backfill 2020 (2 of 3): harvesting", "year=2020", "COMPLETED",
                "backfill 2021 (3 of 3): harvesting", "year=2021", "COMPLETED", "backfill 2019-2021 done");
        assertThat(count("SELECT COUNT(*) FROM publication")).isEqualTo(46);
        Map<String, List<String>> afterFirst = WarehouseSnapshot.of(jdbc());

        CliRun again = run("backfill", "--from=2019", "--to=2021");
        assertThat(again.exit()).isEqualTo(Cli.OK);
        assertThat(again.out()).containsSubsequence("backfill 2019 (1 of 3): skipped, completed by run",
                "backfill 2020 (2 of 3): skipped", "backfill 2021 (3 of 3): skipped");
        assertThat(count("SELECT COUNT(*) FROM batch_job_instance")).isEqualTo(3);

        CliRun forced = run("backfill", "--from=2019", "--to=2021", "--force");
        assertThat(forced.exit()).isEqualTo(Cli.OK);
        assertThat(forced.out()).containsSubsequence("backfill 2019 (1 of 3): harvesting again (--force)",
                "backfill 2020 (2 of 3): harvesting again", "backfill 2021 (3 of 3): harvesting again");
        assertThat(count("SELECT COUNT(*) FROM batch_job_instance")).as("each forced year is a new run").isEqualTo(6);
        assertThat(WarehouseSnapshot.of(jdbc())).as("the same rows, none doubled").isEqualTo(afterFirst);

        CliRun status = run("status", "--limit=10");
        assertThat(status.exit()).as(status.err()).isEqualTo(Cli.OK);
        assertThat(status.out().lines().filter(line -> line.startsWith("run "))).hasSize(6);
        assertMatchesJobRepository(status.out());
    }

    @Test
    void aFailedYearStopsTheBackfillAndTheSameCommandResumesIt() {
        StubMapping broken = SITE.stubFor(get(urlEqualTo(LISTING_2020_PAGE_2)).atPriority(1)
                .willReturn(aResponse().withStatus(500)));

        CliRun failed = run("backfill", "--from=2019", "--to=2021");
        assertThat(failed.exit()).isEqualTo(Cli.FAILED);
        assertThat(failed.out()).containsSubsequence("backfill 2019 (1 of 3): harvesting", "COMPLETED",
                "backfill 2020 (2 of 3): harvesting", "FAILED", "backfill stopped at 2020: run the same command again");
        assertThat(failed.out()).doesNotContain("backfill 2021");
        long failedRun = count("SELECT job_instance_id FROM batch_job_execution WHERE status = 'FAILED'");

        SITE.removeStub(broken);
        CliRun resumed = run("backfill", "--from=2019", "--to=2021");
        assertThat(resumed.exit()).as(resumed.out()).isEqualTo(Cli.OK);
        assertThat(resumed.out()).containsSubsequence("backfill 2019 (1 of 3): skipped",
                "backfill 2020 (2 of 3): harvesting", "run=" + failedRun + " ", "COMPLETED",
                "backfill 2021 (3 of 3): harvesting", "COMPLETED", "backfill 2019-2021 done");
        assertThat(count("SELECT COUNT(*) FROM batch_job_execution WHERE job_instance_id = " + failedRun))
                .as("the failed year was restarted, not started over").isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM publication")).isEqualTo(46);
        assertThat(count("SELECT COUNT(*) FROM harvest_run WHERE status = 'COMPLETED'")).isEqualTo(3);
    }

    @Test
    void aRunThatRejectsTooManyPagesExitsThreeAndStatusShowsItsRejectsByReason() {
        String url = first2019PublicationUrl();
        SITE.stubFor(get(urlEqualTo("/www.amazon.science" + url.substring("https://www.amazon.science".length())))
                .atPriority(1).willReturn(aResponse().withHeader("Content-Type", "text/html")
                        .withBody("<html><head><title></title></head><body><p>This page has moved.</p></body></html>")));

        CliRun harvest = run("harvest", "--year=2019", "--what=publications",
                "--pubharvest.harvest.warn-reject-share=0.05");
        assertThat(harvest.exit()).as(harvest.out()).isEqualTo(Cli.TOO_MANY_REJECTS);
        assertThat(harvest.out()).contains("COMPLETED", "rejected=1",
                "warning: the run rejected 1 of 10 urls (10%), more than pubharvest.harvest.warn-reject-share=0.05");

        long runId = count("SELECT id FROM harvest_run");
        Map<String, Object> reject = jdbc().sql("SELECT step, reason FROM reject WHERE run_id = ?").param(runId)
                .query().singleRow();
        CliRun status = run("status", Long.toString(runId));
        assertThat(status.exit()).isEqualTo(Cli.OK);
        assertThat(status.out()).startsWith("run " + runId + "  sources=publications year=2019  COMPLETED")
                .contains("  rejects by reason:\n    1  " + reject.get("STEP") + ": " + reject.get("REASON") + "\n");
        assertMatchesJobRepository(status.out());

        CliRun sameRejectsWithinTheUsualShare = run("harvest", "--year=2019", "--what=publications");
        assertThat(sameRejectsWithinTheUsualShare.exit()).as(sameRejectsWithinTheUsualShare.out()).isEqualTo(Cli.OK);
    }

    @Test
    void statusOfARunThatDoesNotExistFailsAndWithNoRunsSaysSo() {
        CliRun nothing = run("status");
        assertThat(nothing.exit()).isEqualTo(Cli.FAILED);
        assertThat(nothing.err()).startsWith("pubharvest: no warehouse at jdbc:h2:mem:backfill-")
                .endsWith(": run 'demo' or 'harvest' first" + System.lineSeparator());

        WarehouseMigrations.configure(database, H2Owner.USER, "h2").load().migrate();
        CliRun none = run("status");
        assertThat(none.out()).as(none.err()).isEqualTo("no runs yet\n");
        CliRun missing = run("status", "42");
        assertThat(missing.exit()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).isEqualTo("pubharvest: no run 42 in the job repository" + System.lineSeparator());
    }

    /** Every run and step line that status printed, against the BATCH_* tables. */
    private void assertMatchesJobRepository(String printed) {
        List<Long> runs = jdbc().sql("SELECT job_instance_id FROM batch_job_instance ORDER BY job_instance_id DESC")
                .query(Long.class).list();
        List<String> expected = new ArrayList<>();
        for (long runId : runs) {
            if (!printed.contains("run " + runId + " ")) {
                continue;
            }
            String status = jdbc().sql("""
                            SELECT status FROM batch_job_execution WHERE job_instance_id = ?
                            ORDER BY job_execution_id DESC FETCH FIRST 1 ROWS ONLY""")
                    .param(runId).query(String.class).single();
            expected.add("run " + runId + "  ");
            expected.add("  " + status + "  started ");
            expected.addAll(jdbc().sql("""
                            SELECT s.step_name, MIN(s.step_execution_id) AS first_id,
                                   (SELECT t.status FROM batch_step_execution t JOIN batch_job_execution u
                                        ON u.job_execution_id = t.job_execution_id
                                    WHERE u.job_instance_id = ? AND t.step_name = s.step_name
                                    ORDER BY t.step_execution_id DESC FETCH FIRST 1 ROWS ONLY) AS last_status,
                                   SUM(s.read_count), SUM(s.write_count),
                                   SUM(s.read_skip_count + s.process_skip_count + s.write_skip_count)
                            FROM batch_step_execution s JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
                            WHERE e.job_instance_id = ? GROUP BY s.step_name ORDER BY first_id""")
                    .params(runId, runId)
                    .query((rs, row) -> String.format("  %-10s %-9s read=%d written=%d skipped=%d%n", rs.getString(1),
                            rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                    .list());
        }
        assertThat(expected).as("status printed runs").isNotEmpty();
        assertThat(printed).containsSubsequence(expected);
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=" + database);
        all.add("--spring.profiles.active=sample-site");
        all.add("--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE));
        return CliRun.of(all.toArray(String[]::new));
    }

    private long count(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(database, H2Owner.USER, H2Owner.password(database)));
    }

    private static String first2019PublicationUrl() {
        String jsonl = new String(SAMPLE_SITE.read("expected/publications.jsonl"), StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        return jsonl.lines().filter(line -> !line.isBlank()).map(json::readTree)
                .filter(node -> node.get("year").asInt() == 2019).map(node -> node.get("url").asString())
                .findFirst().orElseThrow();
    }
}
