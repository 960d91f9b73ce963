package org.pubharvest.config.distributed;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The step executions this process is running, as the steps themselves hold them, so that a worker asked
 * to stop can tell each to end after its current chunk ({@link StepExecution#setTerminateOnly()}): the
 * partition then ends STOPPED, with every committed chunk kept, and a restart runs the rest.
 */
public final class RunningPartitions implements StepExecutionListener {

    private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeStep(StepExecution stepExecution) {
        running.add(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        running.remove(stepExecution);
        return null;
    }

    /** Each running step stops after its current chunk. */
    public void stopAfterCurrentChunk() {
        running.forEach(StepExecution::setTerminateOnly);
    }
}
