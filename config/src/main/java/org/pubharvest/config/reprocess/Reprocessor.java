package org.pubharvest.config.reprocess;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.pubharvest.config.job.ExtractOutcome;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.Reconciler;
import org.pubharvest.config.warehouse.WarehouseLock;
import org.pubharvest.load.page.ArchivedPages;
import org.pubharvest.load.page.ArchivedPages.ArchivedUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code reprocess}: every stored page in scope extracted again, loaded a chunk per transaction, then the
 * reconcilers (linking) over the warehouse if anything was loaded. Nothing is fetched. Not a batch job:
 * there is no run to resume, since the writers are idempotent and running it again extracts the same
 * pages into the same rows (a second run after a crash counts as unchanged what the first had updated).
 */
public final class Reprocessor {

    private static final Logger log = LoggerFactory.getLogger(Reprocessor.class);

    private final ArchivedPages archivedPages;
    private final ReprocessChunk chunk;
    private final List<Reconciler> reconcilers;
    private final HarvestScope everything;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int chunkSize;
    private final WarehouseLock warehouseLock;

    /** @param everything every discovery source, no year: the scope the reconcilers are run for */
    Reprocessor(ArchivedPages archivedPages, ReprocessChunk chunk, List<Reconciler> reconcilers, HarvestScope everything,
                TransactionTemplate transactions, Clock clock, int chunkSize, WarehouseLock warehouseLock) {
        this.archivedPages = Objects.requireNonNull(archivedPages, "archivedPages");
        this.chunk = Objects.requireNonNull(chunk, "chunk");
        this.reconcilers = reconcilers.stream().sorted(Comparator.comparing(Reconciler::name)).toList();
        this.everything = Objects.requireNonNull(everything, "everything");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, got " + chunkSize);
        }
        this.chunkSize = chunkSize;
        this.warehouseLock = Objects.requireNonNull(warehouseLock, "warehouseLock");
    }

    /**
     * Holds the warehouse while it writes, like a harvest: the two would load the same rows.
     *
     * @throws org.pubharvest.config.warehouse.WarehouseInUseException when a harvest holds the warehouse
     */
    public ReprocessCounts run(ReprocessScope scope) {
        try (WarehouseLock.Holding holding = warehouseLock.take("reprocess " + scope.describe())) {
            return reprocess(scope);
        }
    }

    private ReprocessCounts reprocess(ReprocessScope scope) {
        ReprocessCounts total = ReprocessCounts.NONE;
        String after = "";
        while (true) {
            List<ArchivedUrl> pages = archivedPages.next(after, scope.kind(), scope.sinceInstant(), chunkSize);
            if (pages.isEmpty()) {
                break;
            }
            List<ExtractOutcome> outcomes = chunk.extract(pages);
            ReprocessCounts counts = transactions.execute(status -> chunk.load(pages, outcomes, clock.instant()));
            total = total.plus(counts);
            after = pages.get(pages.size() - 1).url();
            log.info("reprocess {}: {}", scope.describe(), total.summary());
        }
        if (total.loadedAny()) {
            transactions.executeWithoutResult(status -> reconcilers.forEach(
                    reconciler -> reconciler.reconcile(everything, clock.instant())));
        }
        return total;
    }
}
