package org.pubharvest.config.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * What a finished execution of the harvest job comes to, for the command line.
 *
 * @param scope       what was harvested
 * @param executionId the job execution
 * @param status      how it ended
 * @param summary     the url counts by final state, or the failure
 * @param elapsed     wall time of this execution
 */
public record RunReport(HarvestScope scope, long executionId, BatchStatus status, String summary, Duration elapsed) {

    static RunReport of(HarvestScope scope, JobExecution execution) {
        String summary = execution.getStatus() == BatchStatus.COMPLETED
                ? execution.getExecutionContext().getString(ReportTasklet.SUMMARY, "")
                : execution.getExitStatus().getExitDescription().lines().findFirst().orElse("");
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        Duration elapsed = start == null || end == null ? Duration.ZERO : Duration.between(start, end);
        return new RunReport(scope, execution.getId(), execution.getStatus(), summary, elapsed);
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    public String line() {
        return String.format("harvest %s%s execution=%d %s in %.1f s: %s", scope.sourcesParameter(),
                scope.year() == null ? "" : " year=" + scope.year(), executionId, status, elapsed.toMillis() / 1000.0,
                summary);
    }
}
