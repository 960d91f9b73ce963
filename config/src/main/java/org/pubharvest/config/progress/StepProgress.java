package org.pubharvest.config.progress;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Reports a chunk-oriented step's progress after every chunk it commits. The step tells how much
 * it has ahead of it when it starts (the frontier urls in its state), so a restarted step counts
 * only what is left. One listener per step: a step never runs twice at once (runs do not overlap).
 */
public class StepProgress implements StepExecutionListener, ChunkListener<Object, Object> {

    private final ProgressDisplay display;
    private final Function<StepExecution, Long> totalAhead;

    private String step = "";
    private Long total;
    private long done;
    private long startNanos;

    /** @param totalAhead the items the step has ahead of it as it starts, or null when it cannot know */
    public StepProgress(ProgressDisplay display, Function<StepExecution, Long> totalAhead) {
        this.display = Objects.requireNonNull(display, "display");
        this.totalAhead = Objects.requireNonNull(totalAhead, "totalAhead");
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        total = totalAhead.apply(stepExecution);
        done = 0;
        startNanos = System.nanoTime();
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        done += chunk.size();
        display.show(progress());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        display.finish(progress());
        return null;
    }

    private Progress progress() {
        return new Progress(step, done, total, Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
