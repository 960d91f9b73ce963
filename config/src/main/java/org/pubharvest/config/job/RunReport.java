package org.pubharvest.config.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a finished execution of the harvest job comes to, for the command line.
 *
 * @param scope       what was harvested
 * @param executionId the job execution
 * @param runId       the run (job instance) it belongs to: the id of its {@code harvest_run} row and its rejects
 * @param status      how it ended
 * @param summary     the url counts by final state, or the failure
 * @param elapsed     wall time of this execution
 * @param discovered  urls the run discovered (0 unless completed)
 * @param rejected    urls the run rejected (0 unless completed)
 * @param drift       the markup drift the run showed, one line a finding (empty unless completed)
 */
public record RunReport(HarvestScope scope, long executionId, long runId, BatchStatus status, String summary,
                        Duration elapsed, int discovered, int rejected, List<String> drift) {

    public RunReport {
        drift = List.copyOf(drift);
    }

    public static RunReport of(HarvestScope scope, JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        String summary = completed
                ? context.getString(ReportTasklet.SUMMARY, "")
                : execution.getExitStatus().getExitDescription().lines().findFirst().orElse("");
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        Duration elapsed = start == null || end == null ? Duration.ZERO : Duration.between(start, end);
        return new RunReport(scope, execution.getId(), execution.getJobInstanceId(), execution.getStatus(), summary,
                elapsed, completed ? context.getInt(ReportTasklet.DISCOVERED, 0) : 0,
                completed ? context.getInt(ReportTasklet.REJECTED, 0) : 0,
                completed ? context.getString(ReportTasklet.DRIFT, "").lines().toList() : List.of());
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    /**
     * How the run ended, for an exit code: rejects above the share, or markup drift, are worth an alert
     * even in a completed run (too many rejects is named first when there are both; the report prints both).
     */
    public RunOutcome outcome(double warnRejectShare) {
        if (!completed()) {
            return new RunOutcome.NotCompleted(status);
        }
        double share = discovered == 0 ? 0 : (double) rejected / discovered;
        if (share > warnRejectShare) {
            return new RunOutcome.TooManyRejects(rejected, discovered, warnRejectShare);
        }
        return drift.isEmpty() ? new RunOutcome.Completed() : new RunOutcome.Drifted(drift);
    }

    public String line() {
        return String.format("harvest %s%s run=%d execution=%d %s in %.1f s: %s", scope.sourcesParameter(),
                scope.year() == null ? "" : " year=" + scope.year(), runId, executionId, status,
                elapsed.toMillis() / 1000.0, summary);
    }
}
