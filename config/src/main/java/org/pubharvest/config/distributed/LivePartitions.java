package org.pubharvest.config.distributed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.pubharvest.config.job.BeforeRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * A manager that starts where a dead one left its run: before that run is recovered, the partitions
 * its workers are still running (claimed, and beating) are left to finish, since the workers do not need
 * the manager, and what they complete is never redone. A partition that no worker has taken is claimed
 * here first, so that its request, still in the broker, is dropped by the worker that gets it instead of
 * running beside the restart. Silent partitions (their worker died too) are failed with the rest.
 */
public final class LivePartitions implements BeforeRecovery {

    private static final Logger log = LoggerFactory.getLogger(LivePartitions.class);

    private final JobRepository jobRepository;
    private final PartitionClaims claims;
    private final Duration pollInterval;
    private final Duration heartbeatTimeout;
    private final Duration timeout;
    private final Clock clock;

    public LivePartitions(JobRepository jobRepository, PartitionClaims claims, Duration pollInterval,
                          Duration heartbeatTimeout, Duration timeout, Clock clock) {
        this.jobRepository = Objects.requireNonNull(jobRepository, "jobRepository");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.heartbeatTimeout = Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public JobExecution settle(JobExecution leftRunning) {
        Instant deadline = clock.instant().plus(timeout);
        Set<String> announced = Set.of();
        while (true) {
            JobExecution now = jobRepository.getJobExecution(leftRunning.getId());
            Map<Long, String> running = runningOnWorkers(now);
            if (running.isEmpty()) {
                return now;
            }
            if (clock.instant().isAfter(deadline)) {
                log.warn("partitions still running on workers after pubharvest.distributed.timeout ({}): {}; failing them",
                        timeout, running.values());
                return now;
            }
            Set<String> names = Set.copyOf(running.values());
            if (!names.equals(announced)) {
                log.info("execution {} was left running by a manager that ended; waiting for {} still running on workers: {}",
                        now.getId(), names.size() == 1 ? "the partition" : names.size() + " partitions",
                        String.join(", ", names.stream().sorted().toList()));
                announced = names;
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return jobRepository.getJobExecution(leftRunning.getId());
            }
        }
    }

    /**
     * The partitions of the execution still running with a live worker, by step execution id, each as
     * "partition on worker". Unclaimed ones are claimed for the manager on the way.
     */
    private Map<Long, String> runningOnWorkers(JobExecution execution) {
        List<StepExecution> partitions = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().contains(":") && step.getStatus().isRunning()).toList();
        List<Long> ids = partitions.stream().map(StepExecution::getId).toList();
        Map<Long, String> claimants = claims.claimants(ids);
        for (long id : ids) {
            if (!claimants.containsKey(id)) {
                claimants.put(id, claims.claim(id, PartitionClaims.MANAGER) ? PartitionClaims.MANAGER : claims.claimants(List.of(id)).get(id));
            }
        }
        List<Long> onWorkers = ids.stream().filter(id -> !PartitionClaims.MANAGER.equals(claimants.get(id))).toList();
        Set<Long> silent = claims.silentFor(onWorkers, heartbeatTimeout);
        return partitions.stream().filter(step -> onWorkers.contains(step.getId()) && !silent.contains(step.getId()))
                .collect(Collectors.toMap(StepExecution::getId,
                        step -> step.getStepName() + " on " + claimants.get(step.getId())));
    }
}
