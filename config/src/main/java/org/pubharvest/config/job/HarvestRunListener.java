package org.pubharvest.config.job;

import java.time.Clock;
import java.util.Objects;

import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.run.HarvestRuns;
import org.pubharvest.load.run.RunCounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Keeps the {@code harvest_run} row in step with the job: started, and failed or stopped when it ends so. */
public class HarvestRunListener implements JobExecutionListener {

    private final HarvestRuns runs;
    private final Frontier frontier;
    private final Clock clock;

    public HarvestRunListener(HarvestRuns runs, Frontier frontier, Clock clock) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void beforeJob(JobExecution execution) {
        runs.started(execution.getJobInstanceId(), execution.getJobInstance().getJobName(),
                execution.getJobParameters().toString(), clock.instant());
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            long runId = execution.getJobInstanceId();
            runs.finished(runId, execution.getStatus().name(), RunCounts.from(frontier.countByState(runId)),
                    clock.instant());
        }
    }
}
