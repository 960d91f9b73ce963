package org.pubharvest.config.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.config.job.HarvestJobConfiguration;
import org.pubharvest.config.job.HarvestParameters;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.status.RunSummary.RejectReason;
import org.pubharvest.config.status.RunSummary.StepSummary;
import org.pubharvest.load.run.HarvestRuns;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Past harvest runs, from the job repository (status, times, step counts), the reject table and
 * {@code harvest_run} (the drift a run's report found).
 */
@Component
public class RunHistory {

    private final JobRepository jobRepository;
    private final JdbcClient jdbc;
    private final HarvestRuns runs;

    public RunHistory(JobRepository jobRepository, JdbcClient jdbc, HarvestRuns runs) {
        this.jobRepository = Objects.requireNonNull(jobRepository, "jobRepository");
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /** The newest runs first. */
    public List<RunSummary> recent(int limit) {
        return jobRepository.getJobInstances(HarvestJobConfiguration.JOB_NAME, 0, limit).stream()
                .map(this::summary).toList();
    }

    public Optional<RunSummary> run(long runId) {
        JobInstance instance = jobRepository.getJobInstance(runId);
        return instance == null || !instance.getJobName().equals(HarvestJobConfiguration.JOB_NAME)
                ? Optional.empty() : Optional.of(summary(instance));
    }

    /** The run's rejects grouped by step and reason, the commonest first. */
    public List<RejectReason> rejects(long runId) {
        return jdbc.sql("""
                        SELECT step, reason, COUNT(*) AS urls FROM reject WHERE run_id = ?
                        GROUP BY step, reason ORDER BY urls DESC, step, reason""")
                .param(runId)
                .query((rs, row) -> new RejectReason(rs.getString("step"), rs.getString("reason"), rs.getInt("urls")))
                .list();
    }

    private RunSummary summary(JobInstance instance) {
        List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(instance));
        executions.sort(Comparator.comparing(JobExecution::getId));
        JobExecution newest = executions.get(executions.size() - 1);
        LocalDateTime started = executions.get(0).getStartTime();
        Duration duration = Duration.ZERO;
        Map<String, StepSummary> steps = new LinkedHashMap<>();
        for (JobExecution execution : executions) {
            duration = duration.plus(wallTime(execution.getStartTime(), execution.getEndTime()));
            List<StepExecution> stepExecutions = new ArrayList<>(execution.getStepExecutions());
            stepExecutions.sort(Comparator.comparing(StepExecution::getId));
            for (StepExecution step : stepExecutions) {
                steps.merge(step.getStepName(), new StepSummary(step.getStepName(), step.getStatus(), step.getReadCount(),
                        step.getWriteCount(), step.getSkipCount()), RunHistory::added);
            }
        }
        return new RunSummary(instance.getInstanceId(), describe(newest), newest.getStatus(), started, duration,
                executions.size(), new ArrayList<>(steps.values()), runs.drift(instance.getInstanceId()));
    }

    private static StepSummary added(StepSummary earlier, StepSummary later) {
        return new StepSummary(later.name(), later.status(), earlier.read() + later.read(),
                earlier.written() + later.written(), earlier.skipped() + later.skipped());
    }

    private static String describe(JobExecution execution) {
        if (execution.getJobParameters().getString(HarvestParameters.SOURCES) == null) {
            return execution.getJobParameters().toString();
        }
        HarvestScope scope = HarvestParameters.scope(execution.getJobParameters());
        return "sources=" + scope.sourcesParameter() + (scope.year() == null ? " (no year: nightly)" : " year=" + scope.year());
    }

    /** A run still going (or left STARTED by a dead process) counts until now. */
    private static Duration wallTime(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return Duration.ZERO;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end);
    }
}
