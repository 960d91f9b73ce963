package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.RestartablePostgres;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.pubharvest.ingest.samplesite.SampleSite;

/**
 * The warehouse's PostgreSQL server restarted in the middle of a fetch chunk, under the real jar:
 * the harvest ends in one line and exit 1 (no stack trace), the next start finishes the same run, and
 * the warehouse then holds what an uninterrupted run loads, table by table.
 */
class DatabaseGoneIT {

    private static final int YEAR = 2021;
    private static final Duration PAGE_DELAY = Duration.ofMillis(300);
    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());

    @TempDir
    Path directory;

    private RestartablePostgres postgres;

    @BeforeAll
    static void startSite() {
        SITE.start();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @BeforeEach
    void startDatabase() {
        postgres = RestartablePostgres.startIn(directory.resolve("postgres"));
    }

    @AfterEach
    void stopDatabase() {
        postgres.close();
    }

    @Test
    void aHarvestWhoseDatabaseRestartsFailsInOneLineAndTheNextStartFinishesIt() throws Exception {
        HarvestProcess reference = start("reference", postgres.newDatabase("reference"));
        assertThat(reference.awaitExit(Duration.ofMinutes(2))).as(reference.log()).isZero();
        Map<String, List<String>> uninterrupted = WarehouseSnapshot.of(postgres.jdbc("reference"));
        List<String> uninterruptedFieldFill = WarehouseSnapshot.fieldFill(postgres.jdbc("reference"));

        String database = postgres.newDatabase("interrupted");
        SITE.resetRequests();
        // Slow pages keep this harvest in its fetch step while the database goes away; the other runs go at full speed.
        SampleSiteStubs.slowDown(SITE, SAMPLE_SITE, SampleSiteStubs::isPublicationPage, PAGE_DELAY);
        HarvestProcess harvest = start("interrupted", database);
        harvest.awaitWhileRunning(() -> detailRequests() >= 5, Duration.ofMinutes(1), "fetch in its third chunk");
        postgres.stop();
        Thread.sleep(2_000);
        postgres.start();
        int exit = harvest.awaitExit(Duration.ofMinutes(2));

        List<String> printed = harvest.log().lines().toList();
        assertThat(printed).as("stack frames printed").noneMatch(line -> line.startsWith("\tat "));
        assertThat(exit).as(harvest.log()).isEqualTo(1);
        assertThat(printed).as(harvest.log()).last().asString().matches(
                "pubharvest: the warehouse database is unreachable \\(.+\\); the run is restartable: run the same command again");

        SampleSiteStubs.fullSpeed(SITE, SAMPLE_SITE);
        HarvestProcess next = start("next", database);
        assertThat(next.awaitExit(Duration.ofMinutes(2))).as(next.log()).isZero();
        assertThat(WarehouseSnapshot.of(postgres.jdbc("interrupted"))).isEqualTo(uninterrupted);
        assertThat(WarehouseSnapshot.fieldFill(postgres.jdbc("interrupted"))).isEqualTo(uninterruptedFieldFill);
        assertThat(postgres.jdbc("interrupted").sql("SELECT id || ' ' || status FROM harvest_run").query(String.class).list())
                .as("one run, completed by the next start").containsExactly("1 COMPLETED");
    }

    private HarvestProcess start(String name, String database) throws Exception {
        List<String> args = new ArrayList<>(List.of("harvest", "--year=" + YEAR, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + PostgresServer.SUPERUSER,
                "--spring.datasource.password=",
                "--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE),
                "--pubharvest.sites.amazon-jobs.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_JOBS),
                "--pubharvest.fetch.min-delay=0", "--pubharvest.fetch.max-crawl-delay=0",
                "--pubharvest.harvest.fetch-chunk-size=2"));
        return HarvestProcess.start(directory.resolve(name + ".log"), args);
    }

    private static long detailRequests() {
        return SITE.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .filter(url -> url.startsWith("/www.amazon.science/publications/")).count();
    }
}
