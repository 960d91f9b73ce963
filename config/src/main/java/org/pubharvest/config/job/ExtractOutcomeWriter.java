package org.pubharvest.config.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.load.fill.FieldFills;
import org.pubharvest.load.fill.PageFieldFill;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.Frontier.StateChange;
import org.pubharvest.load.frontier.UrlState;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.run.RejectLog;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Loads accepted records through their page kind and records rejects; either way the url reaches its
 * final state. It also records, per page, what the drift check counts (items and filled fields), in the
 * chunk's transaction and keyed by url, so a chunk that a restart repeats replaces its counts.
 */
public class ExtractOutcomeWriter implements ItemWriter<ExtractOutcome> {

    static final String STEP = "extract";

    private final long runId;
    private final PageKinds kinds;
    private final RejectLog rejects;
    private final Frontier frontier;
    private final PageArchive archive;
    private final Clock clock;
    private final RejectLimit rejectLimit;
    private final FieldFills fieldFills;

    public ExtractOutcomeWriter(long runId, PageKinds kinds, RejectLog rejects, Frontier frontier, PageArchive archive,
                                Clock clock, RejectLimit rejectLimit, FieldFills fieldFills) {
        this.runId = runId;
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rejectLimit = Objects.requireNonNull(rejectLimit, "rejectLimit");
        this.fieldFills = Objects.requireNonNull(fieldFills, "fieldFills");
    }

    @Override
    public void write(Chunk<? extends ExtractOutcome> outcomes) {
        Instant now = clock.instant();
        List<StateChange> changes = new ArrayList<>();
        Map<String, String> extractedHashes = new LinkedHashMap<>();
        List<PageFieldFill> fills = new ArrayList<>();
        boolean rejectedAny = false;
        for (ExtractOutcome outcome : outcomes) {
            PageKind<?> kind = kinds.get(outcome.kind());
            if (outcome.extraction() instanceof Extraction.Accepted<?> accepted) {
                load(kind, outcome.url(), accepted.records(), now);
                fills.addAll(fieldFills(kind, outcome.url(), accepted.records()));
                changes.add(new StateChange(outcome.url(), UrlState.LOADED, null));
            } else if (outcome.extraction() instanceof Extraction.Rejected<?> rejected) {
                fills.addAll(fieldFills(kind, outcome.url(), List.of()));
                rejects.record(runId, outcome.url(), STEP, rejected.reason(), now);
                rejectedAny = true;
                changes.add(new StateChange(outcome.url(), UrlState.REJECTED, rejected.reason()));
            }
            if (outcome.contentHash() != null) {
                extractedHashes.put(outcome.url(), outcome.contentHash());
            }
        }
        frontier.mark(changes, now);
        archive.markExtracted(extractedHashes);
        fieldFills.recordPages(runId, fills);
        if (rejectedAny) {
            rejectLimit.check(); // a count over the run's urls: only worth it when this chunk added a reject
        }
    }

    /** One row per field the kind watches: a rejected page counts too, as a page that gave no records. */
    @SuppressWarnings("unchecked")
    private static <R> List<PageFieldFill> fieldFills(PageKind<R> kind, String url, List<?> records) {
        PageFill fill = kind.fill((List<R>) records);
        return fill.filled().entrySet().stream()
                .map(field -> new PageFieldFill(url, kind.name(), field.getKey(), fill.items(), field.getValue()))
                .toList();
    }

    /** The kind made these records itself, so they are of its type. */
    @SuppressWarnings("unchecked")
    private static <R> void load(PageKind<R> kind, String url, List<?> records, Instant at) {
        kind.load(url, (List<R>) records, at);
    }
}
