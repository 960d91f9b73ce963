package org.pubharvest.config.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * One run (a job instance) as {@code status} shows it: a restart continues a run, so its executions
 * are added up.
 *
 * @param runId      the job instance id, which {@code harvest_run} and {@code reject} rows carry
 * @param parameters what it harvested: sources and year (the nightly run has none)
 * @param status     the status of its newest execution
 * @param started    when its first execution started (null if it never did)
 * @param duration   the wall time of all its executions together
 * @param executions how many executions it took (more than one: it was restarted)
 * @param steps      its steps in the order they first ran, counts summed over executions
 * @param drift      the markup drift its report found, one line a finding
 */
public record RunSummary(long runId, String parameters, BatchStatus status, LocalDateTime started, Duration duration,
                         int executions, List<StepSummary> steps, List<String> drift) {

    public RunSummary {
        steps = List.copyOf(steps);
        drift = List.copyOf(drift);
    }

    /**
     * @param name    the step's name
     * @param status  how its newest execution ended
     * @param read    items read, over every execution of the step in the run
     * @param written items written
     * @param skipped items skipped (read, process and write skips)
     */
    public record StepSummary(String name, BatchStatus status, long read, long written, long skipped) {
    }

    /** @param count how many urls the run rejected for this reason in this step */
    public record RejectReason(String step, String reason, int count) {
    }
}
