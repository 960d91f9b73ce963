package org.pubharvest.config.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Remote partitioning for real: embedded PostgreSQL as the shared warehouse and job repository, Artemis
 * (the manager's embedded broker, then one the test runs), and two worker JVMs started from the jar,
 * against four hosts that each take 50 ms a response. In one scenario, since each JVM start costs the build
 * seconds:
 * <ol>
 * <li>worker-1 is killed with SIGKILL mid-partition, worker-2 asked to stop with SIGTERM mid-partition and
 * started again: the run fails once the killed one's heartbeat stops, the stopped partition ends STOPPED
 * with its committed chunks, and the restarted worker does the rest;</li>
 * <li>the same command again, its manager stopped with SIGTERM while worker-2 runs a partition: that
 * partition stops at its next chunk, the untaken one at once, and the run ends STOPPED;</li>
 * <li>the same command again, its manager killed while worker-2 runs a partition: the next manager waits
 * for that partition, which completes and is not redone;</li>
 * <li>the broker is stopped and started while extract requests wait in it: each still runs, once.</li>
 * </ol>
 * No page stored before a kill is fetched again, no host ever answers two requests at once, and the
 * warehouse ends as a run of one process leaves it, table by table. {@code -Ddistributed.measure=true} adds
 * uninterrupted runs with 1, 2 and 4 workers.
 */
class DistributedHarvestIT {

    private static final int ARTICLES_PER_HOST = 12;
    private static final boolean MEASURING = Boolean.getBoolean("distributed.measure");

    @TempDir
    Path directory;

    private final List<HarvestProcess> workers = new ArrayList<>();

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (HarvestProcess worker : workers) {
            worker.kill();
        }
    }

    @Test
    void killedAndStoppedWorkersAKilledManagerAndARestartedBrokerLeaveTheWarehouseOfOneProcessAndNoHostSeesTwoRequestsAtOnce()
            throws Exception {
        try (FourHostSite site = new FourHostSite(ARTICLES_PER_HOST, 50, directory)) {
            Cluster cluster = new Cluster("distributed_it", site);
            // The workers start (and wait for the broker) while the reference run goes on: the build's time.
            HarvestProcess doomed = cluster.startWorker("worker-1");
            HarvestProcess stopped = cluster.startWorker("worker-2");
            Map<String, List<String>> alone = singleProcessRun(site);
            site.forgetRequests();

            HarvestProcess manager = cluster.startManager("manager");
            try {
                doomed.awaitWhileRunning(() -> isHalfwayThroughAPartition(cluster, "worker-1"), Duration.ofMinutes(2),
                        "worker-1 halfway through a partition");
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n" + logs(manager), e);
            }
            doomed.kill();
            // worker-2 is asked to stop (SIGTERM) in the middle of a partition too, then started again for the rest;
            // slower hosts keep the signal from landing in a partition's last chunk, which would complete it.
            site.setLatency(Duration.ofMillis(250));
            stopped.awaitWhileRunning(() -> isHalfwayThroughAPartition(cluster, "worker-2"), Duration.ofMinutes(2),
                    "worker-2 halfway through a partition");
            assertThat(stopped.terminate(Duration.ofMinutes(1))).as(() -> logs(manager)).isEqualTo(143);
            site.setLatency(Duration.ofMillis(50));
            assertThat(stopped.log()).containsPattern("worker worker-2: fetchStep:partition\\d ended STOPPED");
            cluster.startWorker("worker-2");

            assertThat(manager.awaitExit(Duration.ofMinutes(2))).as(() -> logs(manager)).isEqualTo(1);
            assertThat(manager.log()).contains("its worker stopped beating");
            assertThat(cluster.jdbc().sql("""
                            SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'fetchStep:%'
                            AND STATUS <> 'COMPLETED' AND WRITE_COUNT > 0 ORDER BY STATUS""").query(String.class).list())
                    .as("the killed partition and the stopped one, each with its committed chunks").containsExactly("FAILED", "STOPPED");
            Set<String> storedBeforeTheKill = cluster.jdbc().sql("SELECT url FROM page").query(String.class).set().stream()
                    .map(FourHostSite::requestPath).collect(Collectors.toSet());
            assertThat(storedBeforeTheKill).isNotEmpty();
            List<ServeEvent> firstAttempt = site.requests();

            // The same command again, from here on against a broker of the test's, and the hosts slowed so that a
            // partition outlives a manager's start. Its manager is stopped (SIGTERM), then the next one killed
            // while worker-2 runs a partition, and the next waits for that partition instead of failing it.
            site.forgetRequests();
            Path journal = directory.resolve("external-broker");
            EmbeddedBroker broker = new EmbeddedBroker(cluster.brokerPort, journal);
            broker.start();
            site.setLatency(Duration.ofMillis(650));
            stopTheManagerWhileWorker2RunsAPartition(cluster);
            site.setLatency(Duration.ofSeconds(3)); // the partition must outlive the next manager's start, however slow
            HarvestProcess cut = cluster.startManager("manager-cut", false);
            cut.awaitWhileRunning(() -> runningFetchPartitionOf(cluster.jdbc(), "worker-2").isPresent(), Duration.ofMinutes(2),
                    "worker-2 running a partition of the second execution");
            long leftRunning = runningFetchPartitionOf(cluster.jdbc(), "worker-2").orElseThrow();
            cut.kill();
            HarvestProcess again = cluster.startManager("manager-again", false);
            again.awaitWhileRunning(() -> again.logContains("still running on workers"), Duration.ofMinutes(2),
                    "the next manager waiting for the partition on worker-2");
            site.setLatency(Duration.ofMillis(50));

            // Then the broker is restarted while extract partitions wait in it; worker-1 comes back only after
            // that, so that requests are queued when the broker goes.
            int untaken;
            try {
                again.awaitWhileRunning(() -> claimedPartitions(cluster.jdbc(), "extractStep") >= 1
                        && waitingRequests(cluster.brokerPort) >= 1, Duration.ofMinutes(2),
                        "an extract partition running while others wait in the broker");
                untaken = FourHostSite.HOSTS - claimedPartitions(cluster.jdbc(), "extractStep");
            } finally {
                broker.stop();
            }
            Thread.sleep(2_000);
            broker = new EmbeddedBroker(cluster.brokerPort, journal);
            broker.start();
            try {
                cluster.startWorker("worker-1");
                assertThat(again.awaitExit(Duration.ofMinutes(3))).as(() -> logs(again)).isZero();
            } finally {
                broker.stop();
            }
            assertThat(untaken).as("extract requests no worker had taken when the broker stopped").isPositive();
            assertThat(cluster.jdbc().sql("""
                            SELECT STEP_NAME || ' ' || COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'extractStep:%'
                            GROUP BY STEP_NAME ORDER BY STEP_NAME""").query(String.class).list())
                    .as("extract partitions across the broker's restart: each run, once").containsExactly(
                            "extractStep:partition0 1", "extractStep:partition1 1", "extractStep:partition2 1",
                            "extractStep:partition3 1");

            assertThat(site.requests().stream().map(event -> event.getRequest().getUrl()).filter(storedBeforeTheKill::contains)
                    .toList()).as("pages stored before the kill, fetched again").isEmpty();
            assertThat(site.requests().stream().map(event -> event.getRequest().getUrl()).filter(url -> url.contains("/articles/"))
                    .collect(Collectors.groupingBy(url -> url, Collectors.counting())))
                    .as("article pages fetched twice across the manager's kill").allSatisfy((url, times) -> assertThat(times).isOne());
            assertThat(cluster.jdbc().sql("SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ?").param(leftRunning)
                    .query(String.class).single()).as("the partition worker-2 ran when its manager was killed").isEqualTo("COMPLETED");
            // Four executions of the run (failed, stopped, failed by the recovery, completed) against one: all else is equal.
            Map<String, List<String>> distributed = new LinkedHashMap<>(WarehouseSnapshot.everything(cluster.jdbc()));
            assertThat(distributed.remove("batch_job_execution")).hasSize(4).first().isEqualTo("COMPLETED | COMPLETED");
            Map<String, List<String>> expected = new LinkedHashMap<>(alone);
            expected.remove("batch_job_execution");
            assertThat(distributed).isEqualTo(expected);
            assertThat(cluster.jdbc().sql("""
                            SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'fetchStep:%'
                            GROUP BY STEP_NAME HAVING COUNT(*) > 1""").query(String.class).list())
                    .as("fetch partitions run twice: the killed one and the stopped one only").hasSize(2);

            assertThat(FourHostSite.mostAtOnceByHost(firstAttempt)).as("requests at once per host, first attempt")
                    .hasSize(FourHostSite.HOSTS).allSatisfy((host, most) -> assertThat(most).as(host).isEqualTo(1));
            assertThat(FourHostSite.mostAtOnceByHost(site.requests())).as("requests at once per host, restart")
                    .allSatisfy((host, most) -> assertThat(most).as(host).isEqualTo(1));
            assertThat(cluster.jdbc().sql("SELECT DISTINCT worker FROM partition_claim WHERE worker <> ? ORDER BY worker")
                    .param(PartitionClaims.MANAGER).query(String.class).list()).as("workers that ran partitions")
                    .containsExactly("worker-1", "worker-2");
            assertThat(cluster.jdbc().sql("SELECT COUNT(DISTINCT partition_no) FROM frontier WHERE kind = 'publication'")
                    .query(Integer.class).single()).as("one partition per host").isEqualTo(FourHostSite.HOSTS);
        }
    }

    /**
     * The scaling measurement (README, "Beyond one machine"): the same run with 1, 2 and 4 workers, in one
     * sitting, each ending with the single-process warehouse; prints the manager's wall time of each, its fetch
     * and extract steps' times from the job repository, and the ratios as {@code name=value} lines
     * ({@code -Ddistributed.articles=N} pages a host, 60 unless set). Off in the build ({@code -Ddistributed.measure=true}).
     */
    @Test
    @EnabledIfSystemProperty(named = "distributed.measure", matches = "true")
    void runTimeWithOneTwoAndFourWorkers() throws Exception {
        int articles = Integer.getInteger("distributed.articles", 60);
        try (FourHostSite site = new FourHostSite(articles, 50, directory)) {
            Map<String, List<String>> alone = singleProcessRun(site);
            Map<Integer, Double> seconds = new LinkedHashMap<>();
            List<String> steps = new ArrayList<>();
            for (int count : List.of(1, 2, 4)) {
                Cluster cluster = new Cluster("measure_" + count, site);
                for (int n = 1; n <= count; n++) {
                    cluster.startWorker("worker-" + n);
                }
                Thread.sleep(20_000); // the workers' start-up is not the run's time
                long start = System.nanoTime();
                HarvestProcess manager = cluster.startManager("manager-" + count);
                assertThat(manager.awaitExit(Duration.ofMinutes(10))).as(() -> logs(manager)).isZero();
                seconds.put(count, (System.nanoTime() - start) / 1e9);
                // The partitioned steps alone, without the manager's start-up, discover and report.
                cluster.jdbc().sql("""
                                SELECT STEP_NAME, EXTRACT(EPOCH FROM (END_TIME - START_TIME)) FROM BATCH_STEP_EXECUTION
                                WHERE STEP_NAME IN ('fetch', 'extract') ORDER BY STEP_EXECUTION_ID""")
                        .query((row, n) -> "distributed.workers%d.%s_s=%.1f".formatted(count, row.getString(1), row.getDouble(2)))
                        .list().forEach(steps::add);
                assertThat(WarehouseSnapshot.everything(cluster.jdbc())).isEqualTo(alone);
                stopWorkers();
                workers.clear();
            }
            System.out.printf("distributed.pages=%d%n", articles * FourHostSite.HOSTS);
            seconds.forEach((count, wall) -> System.out.printf("distributed.workers%d.wall_s=%.1f%n", count, wall));
            steps.forEach(System.out::println);
            System.out.printf("distributed.speedup2=%.2f%n", seconds.get(1) / seconds.get(2));
            System.out.printf("distributed.speedup4=%.2f%n", seconds.get(1) / seconds.get(4));
        }
    }

    /** The manager's log and the workers': where a partition failed is in the worker's. */
    private String logs(HarvestProcess manager) {
        StringBuilder logs = new StringBuilder("manager:\n");
        try {
            logs.append(manager.log());
            for (HarvestProcess worker : workers) {
                logs.append("\nworker ").append(worker.pid()).append(":\n").append(worker.log());
            }
        } catch (IOException e) {
            logs.append(e);
        }
        return logs.toString();
    }

    /** The reference: the same harvest, one process, its own database. */
    private Map<String, List<String>> singleProcessRun(FourHostSite site) throws Exception {
        String database = PostgresServer.newDatabase(("alone_" + directory.getFileName()).replaceAll("[^a-z0-9_]", "_")
                .toLowerCase());
        List<String> args = new ArrayList<>(List.of("harvest", "--what=" + FourHostSite.sources()));
        args.addAll(warehouse(database, directory.resolve("warc-alone")));
        args.addAll(site.harvestOptions());
        HarvestProcess alone = HarvestProcess.start(directory.resolve("alone.log"), args);
        assertThat(alone.awaitExit(Duration.ofMinutes(2))).as(alone.log()).isZero();
        return WarehouseSnapshot.everything(jdbc(database));
    }

    /** Whether a worker's running fetch partition has committed chunks and has at least two left. */
    private static boolean isHalfwayThroughAPartition(Cluster cluster, String worker) {
        int fetched = fetchedInRunningPartitionOf(cluster.jdbc(), worker);
        return fetched >= 2 && fetched <= ARTICLES_PER_HOST - 4;
    }

    /** How many urls the partition that a worker is running now has fetched; 0 while it runs none. */
    private static int fetchedInRunningPartitionOf(JdbcClient jdbc, String worker) {
        if (jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'partition_claim'")
                .query(Integer.class).single() == 0) {
            return 0; // not migrated yet
        }
        List<String> running = jdbc.sql("""
                        SELECT se.STEP_NAME FROM partition_claim c
                        JOIN BATCH_STEP_EXECUTION se ON se.STEP_EXECUTION_ID = c.step_execution_id
                        WHERE c.worker = ? AND se.STATUS = 'STARTED' AND se.STEP_NAME LIKE 'fetchStep:%'""")
                .param(worker).query(String.class).list();
        if (running.isEmpty()) {
            return 0;
        }
        int partition = Integer.parseInt(running.get(0).replaceFirst("^fetchStep:partition", ""));
        return jdbc.sql("SELECT COUNT(*) FROM frontier WHERE partition_no = ? AND state <> 'DISCOVERED'")
                .param(partition).query(Integer.class).single();
    }

    /**
     * SIGTERM on a manager while worker-2 runs a fetch partition: that partition stops at its next chunk,
     * the one no worker has taken is stopped by the manager at once, and the run ends STOPPED.
     */
    private void stopTheManagerWhileWorker2RunsAPartition(Cluster cluster) throws Exception {
        HarvestProcess stopping = cluster.startManager("manager-stopped", false);
        stopping.awaitWhileRunning(() -> runningFetchPartitionOf(cluster.jdbc(), "worker-2").isPresent(), Duration.ofMinutes(2),
                "worker-2 running a partition of the stopped execution");
        assertThat(stopping.terminate(Duration.ofMinutes(1))).as(() -> logs(stopping)).isEqualTo(143);
        // The untaken one is stopped by whichever sees it first: the manager, or worker-2 (which then drops it).
        assertThat(cluster.jdbc().sql("""
                        SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'fetchStep:%'
                        AND JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)""")
                .query(String.class).list()).as("the stopped execution's partitions").containsExactly("STOPPED", "STOPPED");
        assertThat(cluster.jdbc().sql("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("STOPPED");
    }

    /** The step execution of a fetch partition of the newest job execution that a worker is running now. */
    private static Optional<Long> runningFetchPartitionOf(JdbcClient jdbc, String worker) {
        return jdbc.sql("""
                        SELECT se.STEP_EXECUTION_ID FROM partition_claim c
                        JOIN BATCH_STEP_EXECUTION se ON se.STEP_EXECUTION_ID = c.step_execution_id
                        WHERE c.worker = ? AND se.STATUS = 'STARTED' AND se.STEP_NAME LIKE 'fetchStep:%'
                        AND se.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)""")
                .param(worker).query(Long.class).optional();
    }

    /** How many partitions of a step (fetchStep, extractStep) a worker has claimed. */
    private static int claimedPartitions(JdbcClient jdbc, String step) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM partition_claim c
                        JOIN BATCH_STEP_EXECUTION se ON se.STEP_EXECUTION_ID = c.step_execution_id
                        WHERE se.STEP_NAME LIKE ?""").param(step + ":%").query(Integer.class).single();
    }

    /** The partition requests in the broker's queue that no worker has taken, counted by a JMS queue browser. */
    private static int waitingRequests(int brokerPort) {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort);
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            try (QueueBrowser browser = session.createBrowser(session.createQueue("pubharvest.partition.requests"))) {
                return Collections.list(browser.getEnumeration()).size();
            }
        } catch (JMSException e) {
            throw new IllegalStateException("browsing the request queue: " + e.getMessage(), e);
        }
    }

    /** Chunks of 2 urls in the build, so that a kill finds a partition halfway; the measurement keeps the default. */
    private static List<String> warehouse(String database, Path archive) {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresServer.SUPERUSER, "--spring.datasource.password=",
                "--pubharvest.archive.directory=" + archive,
                "--pubharvest.harvest.fetch-chunk-size=" + (MEASURING ? 20 : 2));
    }

    private static JdbcClient jdbc(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        return JdbcClient.create(PostgresServer.get().getDatabase(PostgresServer.SUPERUSER, name));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One database, one broker port, one shared archive directory: a manager and its workers. */
    private final class Cluster {

        private final String database;
        private final FourHostSite site;
        private final int brokerPort;

        Cluster(String name, FourHostSite site) throws IOException {
            this.database = PostgresServer.newDatabase(name);
            this.site = site;
            this.brokerPort = freePort();
        }

        JdbcClient jdbc() {
            return DistributedHarvestIT.jdbc(database);
        }

        HarvestProcess startWorker(String name) throws IOException {
            HarvestProcess worker = start(name, List.of("worker", "--name=" + name, "--management.server.port=0"));
            workers.add(worker);
            return worker;
        }

        HarvestProcess startManager(String name) throws IOException {
            return startManager(name, true);
        }

        /** A manager with its own broker, or one that uses the broker at the cluster's port. */
        HarvestProcess startManager(String name, boolean embeddedBroker) throws IOException {
            List<String> command = new ArrayList<>(List.of("harvest", "--what=" + FourHostSite.sources(), "--partitions=4"));
            if (embeddedBroker) {
                command.addAll(List.of("--embedded-broker", "--pubharvest.distributed.embedded-broker-port=" + brokerPort,
                        "--pubharvest.distributed.broker-directory=" + directory.resolve("broker")));
            }
            return start(name, command);
        }

        private HarvestProcess start(String name, List<String> command) throws IOException {
            List<String> args = new ArrayList<>(command);
            args.addAll(warehouse(database, directory.resolve("warc")));
            args.addAll(site.harvestOptions());
            args.addAll(List.of("--pubharvest.distributed.broker-url=tcp://127.0.0.1:" + brokerPort,
                    "--pubharvest.distributed.poll-interval=200ms", "--pubharvest.distributed.heartbeat-interval=500ms",
                    "--pubharvest.distributed.heartbeat-timeout=3s"));
            return HarvestProcess.start(directory.resolve(name + "-" + System.nanoTime() + ".log"), args);
        }
    }
}
