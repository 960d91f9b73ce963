package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An H2 warehouse whose file can no longer be written in the middle of a fetch chunk: the warehouse lives
 * on a small file system of its own (a tmpfs mounted for the test), which is filled to the last byte
 * while the real jar harvests. Root may write a read-only file, but no one writes to a full disk. A
 * {@code harvest} ends in one line and exit 1 with no stack trace, and once there is room again the next
 * start finishes the same run; a {@code serve} stays up and a later tick finishes it. Either way the
 * warehouse equals an uninterrupted run's. Needs the right to mount (root with CAP_SYS_ADMIN, as in CI
 * here); elsewhere it is skipped and says why.
 */
class H2DiskFullIT {

    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());

    @TempDir
    static Path shared;
    /** What an uninterrupted harvest (the nightly scope) leaves, made once for both tests. */
    private static Map<String, List<String>> expected;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    private Path disk;

    @BeforeAll
    static void startSiteAndHarvestItUninterrupted() throws Exception {
        SITE.start();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
        String reference = "jdbc:h2:file:" + shared.resolve("reference");
        HarvestProcess uninterrupted = HarvestProcess.start(shared.resolve("reference.log"), harvest(reference));
        assertThat(uninterrupted.awaitExit(Duration.ofMinutes(2))).as(uninterrupted.log()).isZero();
        expected = WarehouseSnapshot.everything(jdbc(reference));
        expected.remove("batch_job_execution");
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            command("umount", disk.toString());
        }
    }

    @Test
    void aHarvestWhoseDiskFillsFailsInOneLineAndTheNextStartFinishesIt() throws Exception {
        String database = "jdbc:h2:file:" + mountSmallDisk().resolve("warehouse");
        HarvestProcess harvest = startSlowed("disk-full", harvest(database));
        harvest.awaitWhileRunning(() -> detailRequests() >= 5, Duration.ofMinutes(1), "fetch in its third chunk");
        Path filler = fill(disk);
        int exit = harvest.awaitExit(Duration.ofMinutes(2));

        List<String> printed = harvest.log().lines().toList();
        assertThat(printed).as("stack frames printed").noneMatch(line -> line.startsWith("\tat "));
        assertThat(exit).as(harvest.log()).isEqualTo(1);
        // The warehouse file and the archive's WARC files share the disk: whichever write comes first fails.
        assertThat(printed).as(harvest.log()).last().asString().isIn("pubharvest: the warehouse file could not be "
                + "written (No space left on device); the run is restartable: make room on the disk (or make the file "
                + "writable) and run the same command again", "pubharvest: the page archive could not be written (No "
                + "space left on device); the run is restartable: make room on the disk (or make "
                + "pubharvest.archive.directory writable) and run the same command again");

        Files.delete(filler);
        SampleSiteStubs.fullSpeed(SITE, SAMPLE_SITE);
        HarvestProcess next = HarvestProcess.start(directory.resolve("next.log"), harvest(database));
        assertThat(next.awaitExit(Duration.ofMinutes(2))).as(next.log()).isZero();
        assertEqualsAnUninterruptedRun(database, "one run, completed by the next start");
    }

    @Test
    void aServeWhoseDiskFillsStaysUpAndALaterTickFinishesTheRun() throws Exception {
        String database = "jdbc:h2:file:" + mountSmallDisk().resolve("warehouse");
        List<String> serve = new ArrayList<>(harvest(database));
        serve.set(0, "serve");
        serve.addAll(List.of("--pubharvest.schedule.cron=*/3 * * * * *", "--management.server.port=0"));
        HarvestProcess scheduled = startSlowed("serve", serve);
        scheduled.awaitWhileRunning(() -> detailRequests() >= 5, Duration.ofMinutes(1), "a scheduled run fetching");
        Path filler = fill(disk);
        scheduled.awaitWhileRunning(() -> scheduled.logContains("could not be written (No space left on device)"),
                Duration.ofMinutes(1), "the scheduled run failing on the full disk");

        Files.delete(filler);
        SampleSiteStubs.fullSpeed(SITE, SAMPLE_SITE);
        // The file is serve's while it runs, so its log says when the run is done.
        scheduled.awaitWhileRunning(() -> scheduled.logContains("run=1 execution=") && finishedRunOneCompleted(scheduled),
                Duration.ofMinutes(2), "a later tick completing the interrupted run");
        assertThat(scheduled.log().lines()).as("stack frames in serve's log").noneMatch(line -> line.startsWith("\tat "));
        assertThat(scheduled.terminate(Duration.ofSeconds(60))).as(scheduled.log()).isEqualTo(143);
        assertEqualsAnUninterruptedRun(database, "one run, completed by a later tick of the same serve");
    }

    private static boolean finishedRunOneCompleted(HarvestProcess serve) {
        try {
            return serve.log().lines().anyMatch(line -> line.contains("scheduled run finished: harvest")
                    && line.contains(" run=1 ") && line.contains(" COMPLETED "));
        } catch (IOException notYet) {
            return false;
        }
    }

    private void assertEqualsAnUninterruptedRun(String database, String runs) {
        Map<String, List<String>> actual = WarehouseSnapshot.everything(jdbc(database));
        actual.remove("batch_job_execution");
        assertThat(actual).isEqualTo(expected);
        assertThat(jdbc(database).sql("SELECT id || ' ' || status FROM harvest_run").query(String.class).list())
                .as(runs).containsExactly("1 COMPLETED");
    }

    /** A 48 MB tmpfs of the test's own, for the warehouse; the test is skipped where it may not mount. */
    private Path mountSmallDisk() throws Exception {
        Path mountPoint = Files.createDirectories(directory.resolve("disk"));
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", mountPoint.toString()) == 0,
                "this test mounts a small file system for the warehouse, and may not mount here");
        disk = mountPoint;
        return disk;
    }

    /** Slow pages keep the process in its fetch step while the disk fills; the other runs go at full speed. */
    private HarvestProcess startSlowed(String name, List<String> args) throws IOException {
        SITE.resetRequests();
        SampleSiteStubs.slowDown(SITE, SAMPLE_SITE, SampleSiteStubs::isPublicationPage, Duration.ofMillis(200));
        return HarvestProcess.start(directory.resolve(name + ".log"), args);
    }

    /** Writes zeros until the file system is full. */
    private static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            return filler; // "No space left on device": as full as it gets
        }
    }

    private static List<String> harvest(String database) {
        return List.of("harvest", // the nightly scope, the one serve runs
                "--spring.datasource.url=" + database,
                "--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE),
                "--pubharvest.sites.amazon-jobs.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_JOBS),
                "--pubharvest.fetch.min-delay=0", "--pubharvest.fetch.max-crawl-delay=0",
                "--pubharvest.harvest.fetch-chunk-size=2");
    }

    private static int command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private static long detailRequests() {
        return SITE.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .filter(url -> url.startsWith("/www.amazon.science/publications/")).count();
    }

    private static JdbcClient jdbc(String database) {
        return JdbcClient.create(new DriverManagerDataSource(database, H2Owner.USER, H2Owner.password(database)));
    }
}
