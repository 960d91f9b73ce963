package org.pubharvest.config.job;

import java.time.Clock;
import java.util.Objects;

import org.pubharvest.config.warehouse.WarehouseLock;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.run.HarvestRuns;
import org.pubharvest.load.run.RunCounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Keeps the {@code harvest_run} row in step with the job: started, and failed or stopped when it ends so;
 * and names the run to the warehouse lock, so that a harvest refused meanwhile says which run holds it.
 */
public class HarvestRunListener implements JobExecutionListener {

    private final HarvestRuns runs;
    private final Frontier frontier;
    private final Clock clock;
    private final WarehouseLock warehouseLock;

    public HarvestRunListener(HarvestRuns runs, Frontier frontier, Clock clock, WarehouseLock warehouseLock) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.warehouseLock = Objects.requireNonNull(warehouseLock, "warehouseLock");
    }

    @Override
    public void beforeJob(JobExecution execution) {
        warehouseLock.nameRun(execution.getJobInstanceId());
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
