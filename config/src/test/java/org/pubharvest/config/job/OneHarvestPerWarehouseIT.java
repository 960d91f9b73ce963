package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.warehouse.H2WarehouseFiles;
import org.pubharvest.config.warehouse.ReadServerFile;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One harvest per warehouse, with the real jar: while a first harvest (slowed by a site that takes a
 * second a page) holds the warehouse, a second one of another scope is refused in one line and exit 1,
 * naming the first's host, pid and run; once the holder is killed with SIGKILL, the next start runs
 * and completes. On PostgreSQL that is the advisory lock, on H2 the database file's own lock, and there
 * the holder serves the file to readers on a loopback port, as the reporting user only.
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
    void onH2ASecondHarvestIsRefusedNamingTheHolderWhileReadersGetThroughItsLoopbackServer() throws Exception {
        Path base = directory.resolve("warehouse");
        List<String> warehouse = List.of("--spring.datasource.url=jdbc:h2:file:" + base);

        HarvestProcess holder = start("holder", warehouse, "harvest", "--year=2021");
        holder.awaitWhileRunning(() -> detailRequests() >= 1, Duration.ofMinutes(1), "the first harvest fetching pages");

        HarvestProcess second = start("harvest-refused", warehouse, "harvest", "--year=2020", "--what=publications");
        assertThat(second.awaitExit(Duration.ofMinutes(1))).as(second.log()).isEqualTo(1);
        assertThat(second.log().lines().toList()).as("everything the second harvest printed").singleElement().asString()
                .matches("pubharvest: the warehouse is in use by another process \\(host "
                        + InetAddress.getLocalHost().getHostName() + ", pid " + holder.pid()
                        + ", harvest --year=2021, since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ\\); an H2 file admits one "
                        + "process at a time: try again when it ends");

        HarvestProcess status = start("status", warehouse, "status");
        assertThat(status.awaitExit(Duration.ofMinutes(1))).as(status.log()).isZero();
        assertThat(status.log()).containsPattern("run 1 .*STARTED");
        HarvestProcess query = start("query", warehouse, "query", "SELECT COUNT(*) AS runs FROM harvest_run");
        assertThat(query.awaitExit(Duration.ofMinutes(1))).as(query.log()).isZero();
        assertThat(query.log()).contains("runs").contains("1");

        ReadServerFile note = ReadServerFile.ofLiveHolder(H2WarehouseFiles.forUrl("jdbc:h2:file:" + base).orElseThrow()
                .readServer()).orElseThrow();
        assertThat(note.holder().pid()).isEqualTo(holder.pid());
        String served = "jdbc:h2:tcp://127.0.0.1:" + note.port() + "/warehouse";
        assertThatThrownBy(() -> DriverManager.getConnection(served, "sa", "").close()).as("an admin login over the port")
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
        try (Connection reader = DriverManager.getConnection(served, "reporting", "reporting")) {
            assertThatThrownBy(() -> reader.createStatement().execute("CREATE ALIAS RUN_ANYTHING FOR 'java.lang.Runtime.getRuntime'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(90040));
            assertThatThrownBy(() -> reader.createStatement().execute("DELETE FROM harvest_run"))
                    .as("the reporting user reads only").isInstanceOf(SQLException.class);
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + note.port() + "/other", "sa", "")
                .close()).as("no other database through the port").isInstanceOf(SQLException.class);
        for (InetAddress address : nonLoopbackAddresses()) {
            assertThatThrownBy(() -> new Socket(address, note.port()).close()).as("listening on %s", address)
                    .isInstanceOf(IOException.class);
        }

        // Undisturbed by all that: still running, it stops as asked after its chunk (waiting for its slow
        // pages to the end would only spend the build's time), and takes its note with it.
        assertThat(holder.terminate(Duration.ofSeconds(60))).as(holder.log()).isEqualTo(143);
        assertThat(H2WarehouseFiles.forUrl("jdbc:h2:file:" + base).orElseThrow().readServer()).doesNotExist();
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
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
