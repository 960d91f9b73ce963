package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.config.support.WarehouseMigrations;
import org.pubharvest.config.support.WarehouseMigrations.Boundary;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The restart promise over a whole {@code demo}, killed by a seeded random clock: the real jar starts on a
 * warehouse left at an older schema version (as an earlier release's migrations left it), is killed
 * (SIGKILL) at a statement boundary of its upgrade
 * (chosen by the seed), then {@value #KILLS} more times (or {@code -Dcrash.kills=N}) at moments the seed chooses, in start-up
 * and in every part of the work (each step of each year's run, the jobs run, the completed-run actions,
 * the report), and started again each time with the same command. The last start must end the demo with
 * a warehouse equal to an uninterrupted demo's, table by table, and no page stored before a kill may be
 * fetched after it. One seed runs in the build; {@code -Dcrash.seeds=N} runs N (from {@code -Dcrash.seed}).
 * The build's 6 kills keep it, with the distributed tests, within the suite's ten minutes; 20 ({@code -Dcrash.kills=20}) was the
 * build's number before, and passes too.
 */
class KilledAnywhereIT {

    private static final int KILLS = 6;
    private static final Duration PAGE_DELAY = Duration.ofMillis(40);
    /** What a restarted demo spends before it is back where the last one was killed: recovery, the listing read again. */
    private static final Duration CATCHING_UP = Duration.ofMillis(150);
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    @BeforeAll
    static void startSite() {
        SITE.start();
        SampleSite site = SampleSite.bundled();
        SampleSiteStubs.register(SITE, site);
        // Pages that take a little while spread the work over seconds, so that kills land inside every step.
        SampleSiteStubs.slowDown(SITE, site, page -> page.canonicalUrl().matches("https://[^/]+/.+/.+"), PAGE_DELAY);
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void aDemoKilledAtSeededMomentsEndsWithTheWarehouseOfAnUninterruptedOne() throws Exception {
        long firstSeed = Long.getLong("crash.seed", 20261201L);
        int seeds = Integer.getInteger("crash.seeds", 1);
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            killedAndRestarted(seed);
        }
    }

    private void killedAndRestarted(long seed) throws Exception {
        Random random = new Random(seed);
        List<Boundary> boundaries = WarehouseMigrations.boundaries("h2", "jdbc:h2:mem:count-" + seed + ";DB_CLOSE_DELAY=-1", "sa");
        int latest = Integer.parseInt(boundaries.get(boundaries.size() - 1).version());
        int olderVersion = 1 + random.nextInt(latest - 1);
        List<Boundary> upgrade = boundaries.stream().filter(boundary -> Integer.parseInt(boundary.version()) > olderVersion).toList();
        Boundary boundary = upgrade.get(random.nextInt(upgrade.size()));
        String pause = boundary.version() + ":" + boundary.statementsDone();
        String name = "seed-" + seed;

        String reference = database(name + "-reference");
        SITE.resetRequests();
        long started = System.nanoTime();
        HarvestProcess uninterrupted = demo(reference, name + "-reference");
        Duration startUp = awaitWork(uninterrupted);
        assertThat(uninterrupted.awaitExit(Duration.ofMinutes(3))).as(uninterrupted.log()).isZero();
        Duration work = Duration.ofNanos(System.nanoTime() - started).minus(startUp);
        Map<String, List<String>> expected = everything(reference);

        String database = database(name);
        WarehouseMigrations.configure(database, "sa", "h2").target(String.valueOf(olderVersion)).load().migrate();
        // Read before the upgrade: a file killed in the middle of one may not open until the next start restores it.
        Set<String> storedBeforeKill = storedPages(database);
        SITE.resetRequests();
        HarvestProcess upgrading = demo(database, name + "-killed-in-migration", "--pubharvest.testing.pause-in-migration=" + pause);
        upgrading.awaitWhileRunning(() -> upgrading.logContains("paused in migration"), Duration.ofMinutes(1), "pause at " + pause);
        assertThat(upgrading.log()).as("seed %d: the backup is named before the upgrade", seed)
                .contains("migrating the warehouse schema from version " + olderVersion)
                .contains("backed up first to " + directory.resolve(name) + ".before-upgrade-from-v" + olderVersion + ".zip");
        upgrading.kill();

        List<String> moments = new ArrayList<>();
        long previousPoint = 0;
        Duration restartStartUp = startUp.dividedBy(2); // the reference's start-up created the schema
        for (KillMoment moment : KillMoment.schedule(random, Integer.getInteger("crash.kills", KILLS), work)) {
            SITE.resetRequests();
            HarvestProcess process = demo(database, name + "-kill-" + (moments.size() + 1));
            if (moment.inStartUp()) {
                // A share of how long the last restart took to start: always before its first step.
                Thread.sleep((long) (moment.startUpShare() * restartStartUp.toMillis()));
            } else {
                restartStartUp = awaitWork(process);
                Thread.sleep(moment.at().toMillis() - previousPoint + CATCHING_UP.toMillis());
                previousPoint = moment.at().toMillis();
            }
            assertThat(process.isAlive()).as("seed %d: the demo was still running at kill %d (%s); earlier kills %s",
                    seed, moments.size() + 1, moment, moments).isTrue();
            process.kill();
            moments.add(moment + " (" + lastStep(process) + ")");
            assertNotFetchedAgain(storedBeforeKill, "seed " + seed + ", kill " + moments.size());
            storedBeforeKill = storedPages(database);
        }

        System.out.printf("seed %d: warehouse at V%d, killed in the upgrade at %s, then at %s%n", seed, olderVersion, pause, moments);
        SITE.resetRequests();
        HarvestProcess last = demo(database, name + "-final");
        assertThat(last.awaitExit(Duration.ofMinutes(3))).as(last.log()).isZero();
        assertNotFetchedAgain(storedBeforeKill, "seed " + seed + ", the last start");
        assertThat(everything(database)).as("seed %d, killed at %s then %s", seed, pause, moments).isEqualTo(expected);
        assertThat(jdbc(database).sql("SELECT COUNT(*) FROM harvest_run WHERE status <> 'COMPLETED'").query(Integer.class)
                .single()).isZero();
    }

    /**
     * When a kill lands: in start-up (a share of how long a start takes), or at a point of an uninterrupted
     * demo's work, points spread over all of it in order. A restarted demo continues where the last kill left
     * it, so it is killed the time between the two points (plus what a restart spends catching up) after its
     * work begins.
     */
    record KillMoment(boolean inStartUp, double startUpShare, Duration at) {

        static List<KillMoment> schedule(Random random, int kills, Duration work) {
            List<Long> points = new ArrayList<>();
            List<KillMoment> moments = new ArrayList<>();
            for (int kill = 0; kill < kills; kill++) {
                if (random.nextInt(4) == 0) {
                    moments.add(new KillMoment(true, random.nextDouble(), Duration.ZERO));
                } else {
                    points.add(random.nextLong(work.toMillis()));
                    moments.add(null);
                }
            }
            points.sort(null);
            int next = 0;
            for (int kill = 0; kill < kills; kill++) {
                if (moments.get(kill) == null) {
                    moments.set(kill, new KillMoment(false, 0, Duration.ofMillis(points.get(next++))));
                }
            }
            return moments;
        }

        @Override
        public String toString() {
            return inStartUp ? String.format("start-up %.0f%%", startUpShare * 100) : "work +" + at.toMillis() + " ms";
        }
    }

    private HarvestProcess demo(String database, String log, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("demo", "--spring.datasource.url=" + database,
                "--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE),
                "--pubharvest.sites.amazon-jobs.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_JOBS),
                "--pubharvest.harvest.discover-chunk-size=3", "--pubharvest.harvest.fetch-chunk-size=3",
                "--pubharvest.harvest.extract-chunk-size=3"));
        args.addAll(List.of(more));
        return HarvestProcess.start(directory.resolve(log + ".log"), args);
    }

    /** Waits for the first step to begin; returns how long start-up took. */
    private static Duration awaitWork(HarvestProcess process) throws Exception {
        long started = System.nanoTime();
        process.awaitWhileRunning(() -> process.logContains("Executing step: ["), Duration.ofMinutes(1), "the first step");
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Where the killed process was, from its log, for the failure message. */
    private static String lastStep(HarvestProcess process) throws Exception {
        List<String> lines = process.log().lines().toList();
        String run = lines.stream().filter(line -> line.startsWith("harvest ")).reduce((first, second) -> second)
                .map(line -> "after " + line.replaceAll(" run=.*", "")).orElse("first run");
        String step = lines.stream().filter(line -> line.contains("Executing step: [") || line.contains("finished:"))
                .reduce((first, second) -> second).map(line -> line.replaceAll("^.* - ", "")).orElse("start-up");
        return run + ", " + step;
    }

    /** Everything but the job executions themselves: a killed one is recovered as failed and restarted as another. */
    private static Map<String, List<String>> everything(String database) {
        Map<String, List<String>> tables = new LinkedHashMap<>(WarehouseSnapshot.everything(jdbc(database)));
        tables.remove("batch_job_execution");
        return tables;
    }

    private void assertNotFetchedAgain(Set<String> storedBeforeKill, String when) {
        Set<String> requested = SITE.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .collect(Collectors.toSet());
        for (String url : storedBeforeKill) {
            URI uri = URI.create(url);
            String path = "/" + uri.getHost() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            assertThat(requested).as("%s: %s was stored before the kill and fetched again after it", when, url).doesNotContain(path);
        }
    }

    private String database(String name) throws Exception {
        Files.createDirectories(directory);
        return "jdbc:h2:file:" + directory.resolve(name);
    }

    private static JdbcClient jdbc(String database) {
        return JdbcClient.create(new DriverManagerDataSource(database, H2Owner.USER, H2Owner.password(database)));
    }

    /**
     * The urls with a stored copy; none in a warehouse older than the page archive (V3). List pages (a
     * most-read list, a careers listing page) are left out: they are also listing pages of the discover
     * step's walk, which reads them again after a restart and at every run, by design.
     */
    private static Set<String> storedPages(String database) {
        JdbcClient jdbc = jdbc(database);
        boolean archived = jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'PAGE'")
                .query(Integer.class).single() > 0;
        return archived ? Set.copyOf(jdbc.sql("""
                        SELECT p.url FROM page p WHERE NOT EXISTS (
                            SELECT 1 FROM frontier f WHERE f.url = p.url AND f.kind IN ('ranking-list', 'job-listing'))""")
                .query(String.class).list()) : Set.of();
    }
}
