package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The restart promise at process level for a stop: the real jar harvests the sample site from WireMock,
 * is stopped with SIGTERM in the middle of fetch, and the same command continues it; the warehouse must
 * equal an uninterrupted run's and no page stored before the stop may be fetched after it. Kills
 * (SIGKILL) at seeded moments over a whole demo are {@link KilledAnywhereIT}'s.
 */
class CrashRestartIT {

    private static final int YEAR = 2021;
    private static final Duration PAGE_DELAY = Duration.ofMillis(60);
    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());

    @TempDir
    Path directory;

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
    void forgetRequests() {
        SITE.resetRequests();
    }

    @Test
    void sigtermStopsAfterTheCurrentChunkAndTheNextStartContinues() throws Exception {
        Map<String, List<String>> uninterrupted = uninterruptedRun();
        String database = database("terminated");
        // Slow pages give the test time to stop the process in the middle of a step; the other runs go at full speed.
        SampleSiteStubs.slowDown(SITE, SAMPLE_SITE, page -> page.canonicalUrl().contains("/publications"), PAGE_DELAY);

        HarvestProcess process = start(database, "terminated");
        process.awaitWhileRunning(() -> detailRequests() >= 5, Duration.ofMinutes(1), "fetch has fetched pages");
        int exit = process.terminate(Duration.ofSeconds(60));

        assertThat(exit).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(process.log()).contains("stop requested");
        assertThat(lastExecutionStatus(database)).as(process.log()).isEqualTo("STOPPED");
        Set<String> stored = storedPages(database);
        assertThat(stored).isNotEmpty();

        SITE.resetRequests();
        SampleSiteStubs.fullSpeed(SITE, SAMPLE_SITE);
        HarvestProcess resumed = start(database, "resumed");
        assertThat(resumed.awaitExit(Duration.ofMinutes(2))).as(resumed.log()).isZero();
        assertThat(resumed.log()).contains("restarting execution");
        assertNotFetchedAgain(stored);
        assertThat(WarehouseSnapshot.of(jdbc(database))).isEqualTo(uninterrupted);
    }

    private Map<String, List<String>> uninterruptedRun() throws Exception {
        String database = database("reference");
        HarvestProcess process = start(database, "reference");
        assertThat(process.awaitExit(Duration.ofMinutes(2))).as(process.log()).isZero();
        SITE.resetRequests();
        return WarehouseSnapshot.of(jdbc(database));
    }

    private HarvestProcess start(String database, String name) throws Exception {
        return HarvestProcess.start(directory.resolve(name + ".log"), List.of("harvest", "--year=" + YEAR,
                "--spring.datasource.url=" + database,
                "--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE),
                "--pubharvest.sites.amazon-jobs.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_JOBS),
                "--pubharvest.fetch.min-delay=0", "--pubharvest.fetch.max-crawl-delay=0",
                "--pubharvest.harvest.discover-chunk-size=3", "--pubharvest.harvest.fetch-chunk-size=2",
                "--pubharvest.harvest.extract-chunk-size=2"));
    }

    private void assertNotFetchedAgain(Set<String> storedBeforeStop) {
        Set<String> requested = SITE.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .collect(Collectors.toSet());
        for (String url : storedBeforeStop) {
            String path = "/" + SampleSiteStubs.AMAZON_SCIENCE + url.substring("https://www.amazon.science".length());
            assertThat(requested).as("stored before the stop, fetched again after it").doesNotContain(path);
        }
    }

    private long detailRequests() {
        return SITE.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .filter(url -> url.startsWith("/www.amazon.science/publications/")).count();
    }

    private String database(String name) {
        return "jdbc:h2:file:" + directory.resolve(name);
    }

    /** A connection per query, closed at once: an H2 file admits one process, and the harvest is next. */
    private static JdbcClient jdbc(String database) {
        return JdbcClient.create(new DriverManagerDataSource(database, H2Owner.USER, H2Owner.password(database)));
    }

    private static Set<String> storedPages(String database) {
        return Set.copyOf(jdbc(database).sql("SELECT url FROM page").query(String.class).list());
    }

    private static String lastExecutionStatus(String database) {
        return jdbc(database).sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC")
                .query(String.class).list().get(0);
    }
}
