package org.pubharvest.config.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.config.warehouse.WarehouseLock;
import org.pubharvest.config.warehouse.WarehouseTrouble;
import org.pubharvest.config.warehouse.WarehouseUnreachableException;
import org.pubharvest.config.warehouse.WarehouseUnwritableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts a harvest, or continues the last one of the same scope if it did not complete: a failed
 * or stopped execution is restarted from its last committed chunk; one left in STARTED by a
 * process that died is first recovered (marked failed), then restarted. Before the recovery each
 * {@link BeforeRecovery} waits for what must end first (a distributed run's partitions still running on
 * workers). Every launch holds the
 * {@link WarehouseLock} for its whole run, so one harvest at a time works on a warehouse: that is
 * also what makes a STARTED execution found here safe to recover, whether its process died or this
 * one (serve) lost the database under it.
 */
@Component
public class HarvestLauncher {

    private static final Logger log = LoggerFactory.getLogger(HarvestLauncher.class);
    private static final int INSTANCES_SEARCHED = 500;
    private static final String UNKNOWN_OUTCOME = "a chunk's transaction ended with an unknown outcome; failed so that it is restarted";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job harvestJob;
    private final WarehouseLock warehouseLock;
    private final List<RunObserver> observers;
    private final List<BeforeRecovery> beforeRecovery;

    public HarvestLauncher(JobOperator jobOperator, JobRepository jobRepository, Job harvestJob, WarehouseLock warehouseLock,
                           List<RunObserver> observers, ObjectProvider<BeforeRecovery> beforeRecovery) {
        this.jobOperator = Objects.requireNonNull(jobOperator, "jobOperator");
        this.jobRepository = Objects.requireNonNull(jobRepository, "jobRepository");
        this.harvestJob = Objects.requireNonNull(harvestJob, "harvestJob");
        this.warehouseLock = Objects.requireNonNull(warehouseLock, "warehouseLock");
        this.observers = List.copyOf(observers);
        this.beforeRecovery = beforeRecovery.orderedStream().toList();
    }

    /**
     * Runs the scope to its end.
     *
     * @throws org.pubharvest.config.warehouse.WarehouseInUseException when another harvest holds the warehouse
     */
    public RunReport harvest(HarvestScope scope) {
        return harvest(scope, false);
    }

    /**
     * @param full whether a new run revalidates every url, whatever the revisit schedule says; an
     *             unfinished run that is continued keeps what it was started with
     */
    public RunReport harvest(HarvestScope scope, boolean full) {
        RunReport report;
        try {
            report = run(scope, full);
        } catch (WarehouseUnwritableException | WarehouseUnreachableException e) {
            observers.forEach(observer -> observer.endedWithoutReport(scope));
            throw e;
        }
        observers.forEach(observer -> observer.ended(report));
        return report;
    }

    private RunReport run(HarvestScope scope, boolean full) {
        try (WarehouseLock.Holding holding = warehouseLock.take("harvest " + scope.describe())) {
            JobExecution execution = launch(scope, full);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                // The database went away under the run, or its file could not be written: say that, not the
                // step's failure it surfaced as.
                for (Throwable failure : execution.getAllFailureExceptions()) {
                    Optional<String> unwritable = WarehouseTrouble.unwritable(failure);
                    if (unwritable.isPresent()) {
                        throw new WarehouseUnwritableException(WarehouseTrouble.unwritableLine(unwritable.get()), failure);
                    }
                    Optional<String> archiveUnwritable = WarehouseTrouble.archiveUnwritable(failure);
                    if (archiveUnwritable.isPresent()) {
                        throw new WarehouseUnwritableException(WarehouseTrouble.archiveUnwritableLine(archiveUnwritable.get()), failure);
                    }
                    Optional<String> reason = WarehouseTrouble.unreachable(failure);
                    if (reason.isPresent()) {
                        throw new WarehouseUnreachableException(reason.get(), failure);
                    }
                }
            }
            return RunReport.of(scope, execution);
        }
    }

    /** Whether the newest run of exactly this scope completed (a backfill skips such a year). */
    public Optional<JobExecution> completedRun(HarvestScope scope) {
        return lastExecution(scope).filter(last -> last.getStatus() == BatchStatus.COMPLETED);
    }

    private JobExecution launch(HarvestScope scope, boolean full) {
        Optional<JobExecution> unfinished = lastExecution(scope).filter(last -> {
            BatchStatus status = last.getStatus();
            return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.UNKNOWN
                    || status.isRunning();
        });
        if (unfinished.isPresent()) {
            JobExecution previous = unfinished.get();
            if (previous.getStatus().isRunning()) {
                log.warn("execution {} of {} was left {} by a process that ended (or lost its database); recovering it",
                        previous.getId(), scope, previous.getStatus());
                for (BeforeRecovery wait : beforeRecovery) {
                    previous = wait.settle(previous);
                }
                previous = jobOperator.recover(previous);
            }
            failUnknownOutcomes(previous);
            log.info("restarting execution {} of {} from its last committed chunk", previous.getId(), scope);
            try {
                return jobOperator.restart(previous);
            } catch (JobRestartException e) {
                throw new IllegalStateException("cannot restart execution " + previous.getId() + ": " + e.getMessage(), e);
            }
        }
        try {
            return jobOperator.start(harvestJob, HarvestParameters.of(scope, System.currentTimeMillis(), full));
        } catch (JobExecutionException e) {
            throw new IllegalStateException("cannot start the harvest of " + scope + ": " + e.getMessage(), e);
        }
    }

    /**
     * Spring Batch marks a step UNKNOWN when a chunk's transaction could not be committed or rolled back
     * (the database went away at that moment), and refuses to restart it, since in general nobody knows
     * what the chunk left behind. Here that is known: everything a chunk writes (its rows, the frontier
     * states that say what is left, the reader's place) is in that one transaction, so it either happened
     * whole or not at all, and the idempotent writers make redoing it harmless. Such an execution is
     * failed, which Spring Batch restarts from the last committed chunk.
     */
    private void failUnknownOutcomes(JobExecution execution) {
        boolean unknown = execution.getStatus() == BatchStatus.UNKNOWN;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                unknown = true;
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(UNKNOWN_OUTCOME));
                jobRepository.update(step);
            }
        }
        if (unknown) {
            log.warn("execution {} ended with a chunk of unknown outcome (the database went away); it is restarted "
                    + "from its last committed chunk", execution.getId());
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(UNKNOWN_OUTCOME));
            jobRepository.update(execution);
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
