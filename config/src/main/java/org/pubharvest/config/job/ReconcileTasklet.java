package org.pubharvest.config.job;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Runs every {@link Reconciler} in one transaction, so a failure leaves the warehouse as extraction left it. */
public class ReconcileTasklet implements Tasklet {

    private final List<Reconciler> reconcilers;
    private final HarvestScope scope;
    private final Clock clock;

    public ReconcileTasklet(List<Reconciler> reconcilers, HarvestScope scope, Clock clock) {
        this.reconcilers = reconcilers.stream().sorted(Comparator.comparing(Reconciler::name)).toList();
        this.scope = Objects.requireNonNull(scope, "scope");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (Reconciler reconciler : reconcilers) {
            reconciler.reconcile(scope, clock.instant());
        }
        return RepeatStatus.FINISHED;
    }
}
