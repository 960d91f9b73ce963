package org.pubharvest.config.distributed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.UrlState;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The extract step's partitions: the fetch step's, for those that left fetched pages, so that the
 * extraction is spread as the fetching was. Extraction reads each page's body from the shared WARC
 * archive, so any worker may take any partition. Pages fetched without a partition (by a first attempt
 * in one process) go to partition 0.
 */
public final class FetchedPartitioner implements Partitioner {

    private final long runId;
    private final Frontier frontier;

    public FetchedPartitioner(long runId, Frontier frontier) {
        this.runId = runId;
        this.frontier = Objects.requireNonNull(frontier, "frontier");
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        frontier.assignUnpartitioned(runId, UrlState.FETCHED, 0);
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int partition : frontier.partitionsWith(runId, UrlState.FETCHED)) {
            contexts.put(HostPartitioner.name(partition), HostPartitioner.context(partition));
        }
        return contexts;
    }
}
