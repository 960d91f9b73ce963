package org.pubharvest.config.distributed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.ingest.site.UrlMapper;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.UrlState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The fetch step's partitions: the run's discovered urls, split by the host they are fetched from
 * ({@link PartitionPlan}); each url's partition is written to the frontier, where the partition's
 * readers select by it. Spring Batch asks again on a restart: the split the run's urls were given then is
 * kept, so each partition's name still means the same urls, and those the first attempt completed are
 * skipped by name.
 */
public final class HostPartitioner implements Partitioner {

    /** The key of a partition's number in its step execution context (the frontier readers select by it). */
    public static final String PARTITION = "partition";
    private static final Logger log = LoggerFactory.getLogger(HostPartitioner.class);

    private final long runId;
    private final Frontier frontier;
    private final UrlMapper urlMapper;
    private final int slicesPerHost;

    /**
     * @param slicesPerHost how many requests at once each host allows: a host is cut into that many
     *                      slices, each fetched one request at a time by a worker of its own
     */
    public HostPartitioner(long runId, Frontier frontier, UrlMapper urlMapper, int slicesPerHost) {
        this.runId = runId;
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.urlMapper = Objects.requireNonNull(urlMapper, "urlMapper");
        this.slicesPerHost = slicesPerHost;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<Integer> given = frontier.partitionsOf(runId);
        if (!given.isEmpty()) {
            Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
            given.forEach(partition -> contexts.put(name(partition), context(partition)));
            return contexts;
        }
        List<String> urls = frontier.urlsIn(runId, UrlState.DISCOVERED);
        PartitionPlan plan = PartitionPlan.of(urls, gridSize, slicesPerHost,
                url -> PartitionPlan.authorityOf(urlMapper.toFetchUri(url)));
        frontier.assignPartitions(runId, plan.partitionByUrl());
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (PartitionPlan.Partition partition : plan.partitions()) {
            log.info("partition {}: {} urls of {}", partition.number(), partition.urls(), String.join(", ", partition.hosts()));
            contexts.put(name(partition.number()), context(partition.number()));
        }
        return contexts;
    }

    static String name(int partition) {
        return PARTITION + partition;
    }

    static ExecutionContext context(int partition) {
        ExecutionContext context = new ExecutionContext();
        context.putInt(PARTITION, partition);
        return context;
    }
}
