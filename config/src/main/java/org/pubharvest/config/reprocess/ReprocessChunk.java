package org.pubharvest.config.reprocess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.pubharvest.config.job.ExtractOutcome;
import org.pubharvest.config.job.ExtractProcessor;
import org.pubharvest.config.job.Extraction;
import org.pubharvest.config.job.PageKind;
import org.pubharvest.config.job.PageKinds;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.Frontier.StateChange;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.frontier.UrlState;
import org.pubharvest.load.page.ArchivedPages.ArchivedUrl;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.run.RejectLog;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * One chunk of stored pages through the harvest's own extract and load path: the extract step's
 * processor reads each page from the archive and has its kind extract it (on the extract step's
 * worker threads, as the harvest does), then the kind's idempotent writer loads it. The frontier row
 * and the reject of the run that last discovered a page follow what it gives now, so that
 * {@code status} and the next harvest see it.
 */
final class ReprocessChunk {

    static final String STEP = "reprocess";

    private final ExtractProcessor processor;
    private final PageKinds kinds;
    private final Frontier frontier;
    private final RejectLog rejects;
    private final PageArchive archive;
    private final Optional<AsyncTaskExecutor> workers;

    /** @param workers the threads that extract a chunk's pages at once, or empty to extract them in line */
    ReprocessChunk(ExtractProcessor processor, PageKinds kinds, Frontier frontier, RejectLog rejects, PageArchive archive,
                   Optional<AsyncTaskExecutor> workers) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /**
     * Extracts the pages, in their order. Outside the chunk's transaction: extraction only reads the
     * archive, and the CPU work should not hold the transaction open.
     */
    List<ExtractOutcome> extract(List<ArchivedUrl> pages) {
        if (workers.isEmpty()) {
            return pages.stream().map(this::extract).toList();
        }
        List<Future<ExtractOutcome>> running = pages.stream()
                .map(page -> workers.get().submit(() -> extract(page))).toList();
        return running.stream().map(ReprocessChunk::outcome).toList();
    }

    /** Loads what {@link #extract(List)} gave for the same pages. Call within a transaction. */
    ReprocessCounts load(List<ArchivedUrl> pages, List<ExtractOutcome> outcomes, Instant now) {
        if (outcomes.size() != pages.size()) {
            throw new IllegalArgumentException(outcomes.size() + " outcomes for " + pages.size() + " pages");
        }
        int updated = 0;
        int unchanged = 0;
        int cleared = 0;
        int newRejects = 0;
        int stillRejected = 0;
        List<StateChange> changes = new ArrayList<>();
        Map<String, String> extractedHashes = new LinkedHashMap<>();
        for (int index = 0; index < pages.size(); index++) {
            ArchivedUrl page = pages.get(index);
            PageKind<?> kind = kinds.get(page.kind());
            ExtractOutcome outcome = outcomes.get(index);
            boolean wasRejected = page.state() == UrlState.REJECTED;
            if (outcome.extraction() instanceof Extraction.Accepted<?> accepted) {
                String before = kind.storedContent(page.url());
                // Seen when it was fetched, not now: a re-extraction is no new sighting of the records.
                load(kind, page.url(), accepted.records(), page.fetchedAt());
                if (wasRejected) {
                    cleared++;
                    rejects.clear(page.runId(), page.url());
                    changes.add(new StateChange(page.url(), UrlState.LOADED, null));
                } else if (Objects.equals(before, kind.storedContent(page.url()))) {
                    unchanged++;
                } else {
                    updated++;
                }
            } else if (outcome.extraction() instanceof Extraction.Rejected<?> rejected) {
                rejects.record(page.runId(), page.url(), STEP, rejected.reason(), now);
                if (wasRejected) {
                    stillRejected++;
                } else {
                    newRejects++;
                }
                changes.add(new StateChange(page.url(), UrlState.REJECTED, rejected.reason()));
            }
            if (outcome.contentHash() != null) {
                extractedHashes.put(page.url(), outcome.contentHash());
            }
        }
        frontier.mark(changes, now);
        archive.markExtracted(extractedHashes);
        return new ReprocessCounts(pages.size(), updated, unchanged, cleared, newRejects, stillRejected);
    }

    private ExtractOutcome extract(ArchivedUrl page) {
        return processor.process(new FrontierUrl(page.url(), page.kind()));
    }

    /** The processor turns what a page throws into a rejection; what is left is a failure of the command. */
    private static ExtractOutcome outcome(Future<ExtractOutcome> extraction) {
        try {
            return extraction.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting stored pages", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("extracting a stored page failed: " + e.getCause(), e.getCause());
        }
    }

    /** The kind made these records itself, so they are of its type. */
    @SuppressWarnings("unchecked")
    private static <R> void load(PageKind<R> kind, String url, List<?> records, Instant at) {
        kind.load(url, (List<R>) records, at);
    }
}
