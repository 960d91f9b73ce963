package org.pubharvest.config.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.UrlState;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.publication.PublicationWriter;
import org.pubharvest.load.run.RejectLog;
import org.pubharvest.transform.publication.NormalizedPublication;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Upserts accepted publications and records rejects; either way the url reaches its final state. */
public class ExtractOutcomeWriter implements ItemWriter<ExtractOutcome> {

    static final String STEP = "extract";

    private final long runId;
    private final PublicationWriter publications;
    private final RejectLog rejects;
    private final Frontier frontier;
    private final PageArchive archive;
    private final Clock clock;

    public ExtractOutcomeWriter(long runId, PublicationWriter publications, RejectLog rejects, Frontier frontier,
                                PageArchive archive, Clock clock) {
        this.runId = runId;
        this.publications = Objects.requireNonNull(publications, "publications");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void write(Chunk<? extends ExtractOutcome> outcomes) {
        Instant now = clock.instant();
        for (ExtractOutcome outcome : outcomes) {
            if (outcome.result() instanceof NormalizedPublication.Accepted accepted) {
                publications.upsert(accepted.publication(), now);
                frontier.mark(outcome.url(), UrlState.LOADED, null, now);
            } else if (outcome.result() instanceof NormalizedPublication.Rejected rejected) {
                rejects.record(runId, outcome.url(), STEP, rejected.reason(), now);
                frontier.mark(outcome.url(), UrlState.REJECTED, rejected.reason(), now);
            }
            if (outcome.contentHash() != null) {
                archive.markExtracted(outcome.url(), outcome.contentHash());
            }
        }
    }
}
