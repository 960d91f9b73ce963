package org.pubharvest.config.job;

import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a harvest, or continues the last one of the same scope if it did not complete: a failed
 * or stopped execution is restarted from its last committed chunk; one left in STARTED by a
 * process that died is first recovered (marked failed), then restarted. Only one harvest process
 * may run against a warehouse at a time.
 */
@Component
public class HarvestLauncher {

    private static final Logger log = LoggerFactory.getLogger(HarvestLauncher.class);
    private static final int INSTANCES_SEARCHED = 500;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job harvestJob;

    public HarvestLauncher(JobOperator jobOperator, JobRepository jobRepository, Job harvestJob) {
        this.jobOperator = Objects.requireNonNull(jobOperator, "jobOperator");
        this.jobRepository = Objects.requireNonNull(jobRepository, "jobRepository");
        this.harvestJob = Objects.requireNonNull(harvestJob, "harvestJob");
    }

    public RunReport harvest(HarvestScope scope) {
        return RunReport.of(scope, launch(scope));
    }

    /** Whether the newest run of exactly this scope completed (a backfill skips such a year). */
    public Optional<JobExecution> completedRun(HarvestScope scope) {
        return lastExecution(scope).filter(last -> last.getStatus() == BatchStatus.COMPLETED);
    }

    private JobExecution launch(HarvestScope scope) {
        Optional<JobExecution> unfinished = lastExecution(scope).filter(last -> {
            BatchStatus status = last.getStatus();
            return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning();
        });
        if (unfinished.isPresent()) {
            JobExecution previous = unfinished.get();
            if (previous.getStatus().isRunning()) {
                log.warn("execution {} of {} was left {} by a process that ended; recovering it",
                        previous.getId(), scope, previous.getStatus());
                previous = jobOperator.recover(previous);
            }
            log.info("restarting execution {} of {} from its last committed chunk", previous.getId(), scope);
            try {
                return jobOperator.restart(previous);
            } catch (JobRestartException e) {
                throw new IllegalStateException("cannot restart execution " + previous.getId() + ": " + e.getMessage(), e);
            }
        }
        try {
            return jobOperator.start(harvestJob, HarvestParameters.of(scope, System.currentTimeMillis()));
        } catch (JobExecutionException e) {
            throw new IllegalStateException("cannot start the harvest of " + scope + ": " + e.getMessage(), e);
        }
    }

    /** Asks every running harvest execution of this process to stop after its current chunk. */
    public void stopRunning() {
        try {
            for (long executionId : jobOperator.getRunningExecutions(harvestJob.getName())) {
                log.warn("stopping execution {} after its current chunk", executionId);
                jobOperator.stop(executionId);
            }
        } catch (Exception e) {
            log.error("could not stop the running harvest cleanly; the next run recovers it", e);
        }
    }

    /** The newest execution of the newest run of the same scope. */
    private Optional<JobExecution> lastExecution(HarvestScope scope) {
        for (JobInstance instance : jobRepository.getJobInstances(harvestJob.getName(), 0, INSTANCES_SEARCHED)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && HarvestParameters.hasScope(last.getJobParameters(), scope)) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }
}
