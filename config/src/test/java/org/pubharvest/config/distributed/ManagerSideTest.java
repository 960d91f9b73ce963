package org.pubharvest.config.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.jms.JMSException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.WarehouseMigrations;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jms.core.JmsTemplate;

/**
 * The manager's side of a distributed run against a real job repository (H2, the warehouse's own schema)
 * and a real Artemis broker, with the test playing the workers: it takes requests from the queue, claims,
 * and moves partitions the way {@link PartitionWorker} and the step do.
 */
class ManagerSideTest {

    private static final String QUEUE = "test.partition.requests";

    @TempDir
    Path directory;

    private EmbeddedBroker broker;
    private JmsTemplate jms;
    private JobRepository jobRepository;
    private PartitionClaims claims;

    @BeforeEach
    void repositoryAndBroker() throws Exception {
        String url = "jdbc:h2:mem:manager-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        WarehouseMigrations.configure(url, "sa", "h2").load().migrate();
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new JdbcTransactionManager(dataSource));
        factory.afterPropertiesSet();
        jobRepository = factory.getObject();
        claims = new PartitionClaims(JdbcClient.create(dataSource));

        int port = freePort();
        broker = new EmbeddedBroker(port, directory.resolve("broker"));
        broker.start();
        jms = new JmsTemplate(DistributedConfiguration.connectionFactory("tcp://127.0.0.1:" + port));
        jms.setReceiveTimeout(10_000);
    }

    @AfterEach
    void stopBroker() {
        broker.stop();
    }

    @Test
    void aStoppedJobStopsThePartitionsNoWorkerTookAtOnceAndWaitsForTheRunningOneToStopAtItsChunk() throws Exception {
        StepExecution manager = managerStep();
        CompletableFuture<Collection<StepExecution>> handled = handle(manager, Duration.ofSeconds(30));
        StepExecution taken = takeAndStart("worker-1");

        JobExecution job = jobRepository.getJobExecution(manager.getJobExecutionId());
        job.setStatus(BatchStatus.STOPPING);
        jobRepository.update(job);
        await(() -> statuses(manager).values().stream().filter(status -> status == BatchStatus.STOPPED).count() == 2,
                "the two partitions nobody took, stopped");
        assertThat(handled).as("waiting for the running partition").isNotDone();

        end(taken, BatchStatus.STOPPED); // as the step does when its next chunk finds the job stopping
        assertThat(handled.get(5, TimeUnit.SECONDS)).extracting(StepExecution::getStatus).containsOnly(BatchStatus.STOPPED);
        assertThat(claims.claimants(statuses(manager).keySet()).values())
                .containsExactlyInAnyOrder("worker-1", PartitionClaims.MANAGER, PartitionClaims.MANAGER);
    }

    @Test
    void aPartitionWhoseWorkerStopsBeatingIsFailedWhileTheOthersRunOn() throws Exception {
        StepExecution manager = managerStep();
        CompletableFuture<Collection<StepExecution>> handled = handle(manager, Duration.ofSeconds(1));
        StepExecution silent = takeAndStart("worker-1");
        StepExecution beating = takeAndStart("worker-2");
        StepExecution third = takeAndStart("worker-2");

        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < until) {
            claims.beat(beating.getId());
            claims.beat(third.getId());
            Thread.sleep(100);
        }
        assertThat(statuses(manager)).containsEntry(silent.getId(), BatchStatus.FAILED)
                .containsEntry(beating.getId(), BatchStatus.STARTED).containsEntry(third.getId(), BatchStatus.STARTED);
        assertThat(jobRepository.getStepExecution(silent.getId()).getExitStatus().getExitDescription())
                .contains("its worker stopped beating");

        end(beating, BatchStatus.COMPLETED);
        end(third, BatchStatus.COMPLETED);
        assertThat(handled.get(5, TimeUnit.SECONDS)).extracting(StepExecution::getStatus)
                .containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED, BatchStatus.COMPLETED);
    }

    @Test
    void aManagerStartingWhereADeadOneLeftWaitsForTheBeatingPartitionAndClaimsTheUntakenOnes() throws Exception {
        StepExecution manager = managerStep();
        // The dead manager's partitions: one a worker runs, two whose requests no worker has taken.
        StepExecution running = splitter().split(manager, 3).iterator().next();
        assertThat(claims.claim(running.getId(), "worker-1")).isTrue();
        running.setStatus(BatchStatus.STARTED);
        jobRepository.update(running);
        LivePartitions live = new LivePartitions(jobRepository, claims, Duration.ofMillis(50), Duration.ofSeconds(30),
                Duration.ofMinutes(1), Clock.systemUTC());

        CompletableFuture<JobExecution> settled = CompletableFuture.supplyAsync(
                () -> live.settle(jobRepository.getJobExecution(manager.getJobExecutionId())));
        await(() -> claims.claimants(statuses(manager).keySet()).size() == 3, "the untaken partitions claimed");
        Thread.sleep(300);
        assertThat(settled).as("waiting for the partition worker-1 runs").isNotDone();

        end(running, BatchStatus.COMPLETED);
        JobExecution now = settled.get(5, TimeUnit.SECONDS);
        assertThat(now.getStepExecutions().stream().filter(step -> step.getStepName().contains(":"))
                .collect(Collectors.toMap(StepExecution::getId, StepExecution::getStatus)))
                .as("as the repository has it when the recovery may begin").containsEntry(running.getId(), BatchStatus.COMPLETED)
                .hasSize(3);
        assertThat(claims.claimants(statuses(manager).keySet()).values())
                .containsExactlyInAnyOrder("worker-1", PartitionClaims.MANAGER, PartitionClaims.MANAGER);
    }

    /** A job execution with a manager step, as the job has it when it reaches a partitioned step. */
    private StepExecution managerStep() throws Exception {
        JobParameters parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters();
        JobExecution job = jobRepository.createJobExecution(jobRepository.createJobInstance("harvest", parameters), parameters,
                new ExecutionContext());
        job.setStatus(BatchStatus.STARTED);
        jobRepository.update(job);
        StepExecution manager = jobRepository.createStepExecution("fetch", job);
        manager.setStatus(BatchStatus.STARTED);
        jobRepository.update(manager);
        return manager;
    }

    /** The handler on a thread of its own, three partitions, polling every 50 ms. */
    private CompletableFuture<Collection<StepExecution>> handle(StepExecution manager, Duration heartbeatTimeout) {
        RepositoryPollingPartitionHandler handler = new RepositoryPollingPartitionHandler("fetchStep", 3,
                new PartitionRequests(jms, QUEUE), jobRepository, claims,
                new RepositoryPollingPartitionHandler.Settings(Duration.ofMillis(50), Duration.ofMinutes(1), heartbeatTimeout),
                Clock.systemUTC());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return handler.handle(splitter(), manager);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The partitions of a manager step, as Spring Batch makes them from a partitioner's contexts. */
    private SimpleStepExecutionSplitter splitter() {
        return new SimpleStepExecutionSplitter(jobRepository, "fetchStep", gridSize -> {
            Map<String, ExecutionContext> partitions = new HashMap<>();
            for (int partition = 0; partition < gridSize; partition++) {
                partitions.put("partition" + partition, new ExecutionContext(Map.of("partition", partition)));
            }
            return partitions;
        });
    }

    /** What a worker does with the next request: claim its partition and start it. */
    private StepExecution takeAndStart(String worker) throws JMSException {
        StepExecutionRequest request = PartitionRequests.read(jms.receive(QUEUE));
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        assertThat(claims.claim(partition.getId(), worker)).isTrue();
        partition.setStatus(BatchStatus.STARTED);
        jobRepository.update(partition);
        return partition;
    }

    private void end(StepExecution partition, BatchStatus status) {
        StepExecution now = jobRepository.getStepExecution(partition.getId());
        now.setStatus(status);
        jobRepository.update(now);
    }

    private Map<Long, BatchStatus> statuses(StepExecution manager) {
        return jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().contains(":"))
                .collect(Collectors.toMap(StepExecution::getId, StepExecution::getStatus));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
