package org.pubharvest.config.job;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.pubharvest.config.drift.Drift;
import org.pubharvest.config.drift.DriftCheck;
import org.pubharvest.load.fill.FieldFills;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.run.HarvestRuns;
import org.pubharvest.load.run.RunCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Closes the run: every discovered url must be in a final state; the counts, and any markup drift
 * the field fill shows, go to {@code harvest_run} and to the job's execution context, where the
 * command line reads them.
 */
public class ReportTasklet implements Tasklet {

    static final String SUMMARY = "summary";
    static final String DISCOVERED = "discovered";
    static final String REJECTED = "rejected";
    static final String DRIFT = "drift";
    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final long runId;
    private final Frontier frontier;
    private final HarvestRuns runs;
    private final Clock clock;
    private final List<CompletedRunAction> actions;
    private final FieldFills fieldFills;
    private final DriftCheck driftCheck;

    /** @param actions what the run's completion triggers: only those of sources in the run's scope */
    public ReportTasklet(long runId, Frontier frontier, HarvestRuns runs, Clock clock, List<CompletedRunAction> actions,
                         FieldFills fieldFills, DriftCheck driftCheck) {
        this.runId = runId;
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actions = List.copyOf(actions);
        this.fieldFills = Objects.requireNonNull(fieldFills, "fieldFills");
        this.driftCheck = Objects.requireNonNull(driftCheck, "driftCheck");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunCounts counts = RunCounts.from(frontier.countByState(runId));
        if (!counts.addsUp()) {
            throw new IllegalStateException("run " + runId + " left urls unfinished: " + counts.summary());
        }
        for (CompletedRunAction action : actions) {
            log.info("run {} {}: {}", runId, action.source(), action.run(runId, clock.instant()));
        }
        // Summed only now that every page is extracted; the check compares with runs completed before this one.
        fieldFills.summarize(runId);
        List<String> drift = driftCheck.check(runId).stream().map(Drift::line).toList();
        drift.forEach(line -> log.warn("run {}: {}", runId, line));
        runs.recordDrift(runId, drift);
        runs.finished(runId, "COMPLETED", counts, clock.instant());
        ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        jobContext.putString(SUMMARY, counts.summary());
        jobContext.putInt(DISCOVERED, counts.discovered());
        jobContext.putInt(REJECTED, counts.rejected());
        jobContext.putString(DRIFT, String.join("\n", drift));
        log.info("run {} finished: {}", runId, counts.summary());
        return RepeatStatus.FINISHED;
    }
}
