package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One harvest per warehouse, with the real jar: while a first harvest (slowed by a site that takes a
 * second a page) holds the warehouse, a second one of another scope is refused in one line and exit 1,
 * naming the first's host, pid and run; once the holder is killed with SIGKILL, the next start runs
 * and completes. On PostgreSQL that is the advisory lock, on H2 the database file's own lock.
 */
class OneHarvestPerWarehouseIT {

    private static final Duration PAGE_DELAY = Duration.ofSeconds(1);
    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = startSite();

    @TempDir
    Path directory;

    private static WireMockServer startSite() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @BeforeEach
    void slowSite() {
        SITE.resetAll();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
        // Slow publication pages keep the first harvest holding the warehouse while the second starts.
        SampleSiteStubs.slowDown(SITE, SAMPLE_SITE, SampleSiteStubs::isPublicationPage, PAGE_DELAY);
    }

    @Test
    void onPostgresASecondHarvestIsRefusedNamingTheHolderAndAKilledHolderBlocksNothing() throws Exception {
        String database = PostgresServer.newDatabase("one_harvest_it");
        List<String> warehouse = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresServer.SUPERUSER, "--spring.datasource.password=");
        JdbcClient jdbc = JdbcClient.create(PostgresServer.get().getDatabase(PostgresServer.SUPERUSER, "one_harvest_it"));

        HarvestProcess holder = start("holder", warehouse, "harvest", "--year=2021");
        holder.awaitWhileRunning(() -> detailRequests() >= 1, Duration.ofMinutes(1), "the first harvest fetching pages");
        long run = jdbc.sql("SELECT id FROM harvest_run").query(Long.class).single();

        HarvestProcess second = start("second", warehouse, "harvest", "--year=2020", "--what=publications");
        assertThat(second.awaitExit(Duration.ofMinutes(1))).as(second.log()).isEqualTo(1);
        assertThat(second.log().lines().toList()).as("everything the second harvest printed").singleElement().asString()
                .matches("pubharvest: the warehouse is in use by another harvest \\(host "
                        + InetAddress.getLocalHost().getHostName() + ", pid " + holder.pid() + ", run " + run
                        + ", since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ\\); try again when it ends");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM harvest_run").query(Integer.class).single())
                .as("the refused harvest started no run").isEqualTo(1);

        holder.kill();
        SITE.resetAll();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
        HarvestProcess next = start("next", warehouse, "harvest", "--year=2021");
        assertThat(next.awaitExit(Duration.ofMinutes(2))).as(next.log()).isZero();
        assertThat(next.log()).contains("recovering it");
        assertThat(jdbc.sql("SELECT id, status FROM harvest_run").query((rs, row) -> rs.getLong(1) + " " + rs.getString(2))
                .list()).as("the killed run, completed by the next start").containsExactly(run + " COMPLETED");
    }

    @Test
    void onH2EveryCommandThatOpensTheWarehouseIsRefusedInOneLine() throws Exception {
        List<String> warehouse = List.of("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("warehouse"));

        HarvestProcess holder = start("holder", warehouse, "harvest", "--year=2021");
        holder.awaitWhileRunning(() -> detailRequests() >= 1, Duration.ofMinutes(1), "the first harvest fetching pages");

        for (List<String> command : List.of(List.of("harvest", "--year=2020", "--what=publications"), List.of("status"))) {
            HarvestProcess second = start(command.get(0) + "-refused", warehouse, command.toArray(String[]::new));
            assertThat(second.awaitExit(Duration.ofMinutes(1))).as(second.log()).isEqualTo(1);
            assertThat(second.log().lines().toList()).as("everything '%s' printed", command).containsExactly(
                    "pubharvest: the warehouse is open in another process (a harvest?): an H2 file admits one process at "
                            + "a time; try again when it ends");
        }
        // Undisturbed by the refusals: still running, it stops as asked after its chunk (waiting for its slow
        // pages to the end would only spend the build's time).
        assertThat(holder.terminate(Duration.ofSeconds(60))).as(holder.log()).isEqualTo(143);
    }

    private HarvestProcess start(String name, List<String> warehouse, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(warehouse);
        args.addAll(List.of(
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
