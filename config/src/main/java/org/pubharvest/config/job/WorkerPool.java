package org.pubharvest.config.job;

import java.util.Optional;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads one step processes the items of a chunk with (Spring Batch reads a chunk on the
 * step's thread, processes its items on these, then writes the chunk in one transaction on the
 * step's thread again). One thread means no pool at all: the step processes in line, as a plain
 * chunk-oriented step does. Deliberately not an {@link java.util.concurrent.Executor} bean, so it
 * cannot stand in for the application's task executor.
 */
public final class WorkerPool implements DisposableBean {

    private final ThreadPoolTaskExecutor executor;

    public WorkerPool(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a worker pool needs at least one thread, got " + threads);
        }
        if (threads == 1) {
            executor = null;
            return;
        }
        executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(name + "-");
        // A worker stuck in a read must not keep the JVM alive after the step has given up on it.
        executor.setDaemon(true);
        executor.initialize();
    }

    /** The executor for {@code ChunkOrientedStepBuilder.taskExecutor}, or empty to process in line. */
    public Optional<AsyncTaskExecutor> executor() {
        return Optional.ofNullable(executor);
    }

    @Override
    public void destroy() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
