package org.pubharvest.config.job;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.FrontierUrl;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Claims discovered urls for the run. */
public class FrontierWriter implements ItemWriter<FrontierUrl> {

    private final long runId;
    private final Frontier frontier;
    private final Clock clock;

    public FrontierWriter(long runId, Frontier frontier, Clock clock) {
        this.runId = runId;
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void write(Chunk<? extends FrontierUrl> urls) {
        frontier.discover(runId, List.copyOf(urls.getItems()), clock.instant());
    }
}
