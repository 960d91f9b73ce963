package org.pubharvest.config.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.RestartablePostgres;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SampleSite;

/**
 * {@code serve} (the real jar, a schedule ticking every three seconds) while its PostgreSQL server is
 * restarted in the middle of a scheduled run's fetch step: the process stays up, logs no stack trace,
 * and a later tick completes the same run, without serve being restarted.
 */
class ServeSurvivesDatabaseRestartIT {

    private static final Duration PAGE_DELAY = Duration.ofMillis(300);
    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path directory;

    @BeforeAll
    static void startSite() {
        SITE.start();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
        // Slow pages keep the scheduled run in its fetch step while the database goes away.
        SampleSiteStubs.slowDown(SITE, SAMPLE_SITE, SampleSiteStubs::isPublicationPage, PAGE_DELAY);
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void aScheduledRunWhoseDatabaseRestartsIsCompletedByALaterTickOfTheSameServe() throws Exception {
        try (RestartablePostgres postgres = RestartablePostgres.startIn(directory.resolve("postgres"))) {
            String database = postgres.newDatabase("serve_survives");
            int port = freePort();
            HarvestProcess serve = HarvestProcess.start(directory.resolve("serve.log"), List.of("serve",
                    "--pubharvest.schedule.cron=*/3 * * * * *", "--management.server.port=" + port,
                    "--spring.profiles.active=postgres", "--spring.datasource.url=" + database,
                    "--spring.datasource.username=" + PostgresServer.SUPERUSER, "--spring.datasource.password=",
                    "--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE),
                    "--pubharvest.sites.amazon-jobs.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_JOBS),
                    "--pubharvest.fetch.min-delay=0", "--pubharvest.fetch.max-crawl-delay=0",
                    "--pubharvest.harvest.fetch-chunk-size=2"));

            serve.awaitWhileRunning(() -> publicationRequests() >= 5, Duration.ofMinutes(1), "a scheduled run fetching");
            postgres.stop();
            Thread.sleep(2_000);
            postgres.start();
            SampleSiteStubs.fullSpeed(SITE, SAMPLE_SITE); // the later ticks need no time to act in

            serve.awaitWhileRunning(() -> runs(postgres).contains("1 COMPLETED"), Duration.ofMinutes(2),
                    "the interrupted run completed by a later tick");
            assertThat(serve.log()).contains("the warehouse database is unreachable");
            assertThat(serve.log().lines()).as("stack frames in serve's log").noneMatch(line -> line.startsWith("\tat "));
            assertThat(runs(postgres)).as("the interrupted run, not a new one, was completed").startsWith("1 COMPLETED");
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");

            assertThat(serve.terminate(Duration.ofSeconds(60))).as(serve.log()).isEqualTo(143);
        }
    }

    /** The runs as "id STATUS", oldest first; none while the database is away. */
    private static List<String> runs(RestartablePostgres postgres) {
        try {
            return postgres.jdbc("serve_survives").sql("SELECT id || ' ' || status FROM harvest_run ORDER BY id")
                    .query(String.class).list();
        } catch (RuntimeException databaseAway) {
            return List.of();
        }
    }

    private static long publicationRequests() {
        return SITE.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .filter(url -> url.startsWith("/www.amazon.science/publications/")).count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
