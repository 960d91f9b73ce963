package org.pubharvest.config.distributed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager's side of remote partitioning: sends one step execution request per partition to the
 * broker, then reads the partitions' state from the shared job repository until none is running (as
 * spring-batch-integration's {@code MessageChannelPartitionHandler} does when it polls, with no reply
 * queue). What it adds: a partition whose worker stopped beating (killed, its machine gone) is failed at
 * once, and one still not done at the time-out is failed then, so the run ends FAILED and the same command
 * restarts just those partitions. A completed partition is never sent again: Spring Batch's splitter skips
 * it on a restart.
 */
public final class RepositoryPollingPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RepositoryPollingPartitionHandler.class);

    private final String workerStepName;
    private final PartitionRequests requests;
    private final JobRepository jobRepository;
    private final PartitionClaims claims;
    private final Settings settings;
    private final Clock clock;

    /** How often to look, how long to wait in all, how long a worker may be silent. */
    public record Settings(Duration pollInterval, Duration timeout, Duration heartbeatTimeout) {
    }

    public RepositoryPollingPartitionHandler(String workerStepName, int partitions, PartitionRequests requests,
                                             JobRepository jobRepository, PartitionClaims claims, Settings settings,
                                             Clock clock) {
        this.workerStepName = Objects.requireNonNull(workerStepName, "workerStepName");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.jobRepository = Objects.requireNonNull(jobRepository, "jobRepository");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        setGridSize(partitions);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
            throws InterruptedException {
        for (StepExecution partition : partitions) {
            requests.send(new StepExecutionRequest(workerStepName, partition.getId()));
        }
        log.info("{}: sent {} partition requests; waiting for the workers", managerStepExecution.getStepName(),
                partitions.size());
        Instant deadline = clock.instant().plus(settings.timeout());
        Map<Long, StepExecution> latest = new LinkedHashMap<>();
        partitions.forEach(partition -> latest.put(partition.getId(), partition));
        while (true) {
            Thread.sleep(settings.pollInterval().toMillis());
            latest.replaceAll((id, known) -> Objects.requireNonNullElse(jobRepository.getStepExecution(id), known));
            List<Long> running = latest.values().stream().filter(partition -> partition.getStatus().isRunning())
                    .map(StepExecution::getId).toList();
            if (running.isEmpty()) {
                return Set.copyOf(latest.values());
            }
            if (stopRequested(managerStepExecution)) {
                stopUntaken(latest, running);
            }
            for (long id : claims.silentFor(running, settings.heartbeatTimeout())) {
                fail(latest, id, "its worker stopped beating for longer than " + settings.heartbeatTimeout()
                        + " (killed, or its machine lost): run the same command again to restart the partition");
            }
            if (clock.instant().isAfter(deadline)) {
                Map<Long, String> claimants = claims.claimants(running);
                for (long id : running) {
                    fail(latest, id, (claimants.containsKey(id) ? "not done by its worker " + claimants.get(id)
                            : "taken by no worker") + " within pubharvest.distributed.timeout (" + settings.timeout() + ")");
                }
            }
        }
    }

    /** Whether the job is being stopped (SIGTERM on the manager, or {@code JobOperator.stop} from anywhere). */
    private boolean stopRequested(StepExecution managerStepExecution) {
        JobExecution job = jobRepository.getJobExecution(managerStepExecution.getJobExecutionId());
        return job != null && job.getStatus() == BatchStatus.STOPPING;
    }

    /**
     * A stop reaches a running partition at its next chunk, through the repository; one that no worker has
     * taken would wait for a worker first, then run a chunk. So those are claimed here and marked STOPPED
     * at once (a worker that gets their request drops it); a restart runs them.
     */
    private void stopUntaken(Map<Long, StepExecution> latest, List<Long> running) {
        for (long id : running) {
            StepExecution partition = latest.get(id);
            if (partition.getStatus() != BatchStatus.STARTING || !claims.claim(id, PartitionClaims.MANAGER)) {
                continue;
            }
            partition.setStatus(BatchStatus.STOPPED);
            partition.setExitStatus(ExitStatus.STOPPED.addExitDescription("the job was stopped before a worker took it"));
            partition.setEndTime(LocalDateTime.now(clock));
            jobRepository.update(partition);
            log.info("partition {} stopped before a worker took it", partition.getStepName());
        }
    }

    /**
     * Marks a running partition FAILED in the repository, so that a restart runs it again. A worker that
     * was only slow and updates it after this fails on the version, and its chunk is rolled back.
     */
    private void fail(Map<Long, StepExecution> latest, long id, String why) {
        for (int attempt = 0; attempt < 3; attempt++) {
            StepExecution partition = jobRepository.getStepExecution(id);
            if (partition == null || !partition.getStatus().isRunning()) {
                return;
            }
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            partition.setEndTime(LocalDateTime.now(clock));
            try {
                jobRepository.update(partition);
                latest.put(id, partition);
                log.warn("partition {} failed: {}", partition.getStepName(), why);
                return;
            } catch (OptimisticLockingFailureException updatedMeanwhile) {
                // The worker wrote a chunk just now: read it again and look once more.
            }
        }
    }
}
