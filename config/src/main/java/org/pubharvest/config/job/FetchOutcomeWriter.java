package org.pubharvest.config.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.UrlState;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.run.RejectLog;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Archives fetched pages and moves each url on: changed pages to FETCHED (for extraction),
 * the rest straight to their final state (a refusal is a reject with its reason). Idempotent, so a chunk that runs twice changes nothing.
 */
public class FetchOutcomeWriter implements ItemWriter<FetchOutcome> {

    static final String STEP = "fetch";

    private final long runId;
    private final PageArchive archive;
    private final RejectLog rejects;
    private final Frontier frontier;
    private final PageKinds kinds;
    private final Clock clock;
    private final RejectLimit rejectLimit;

    public FetchOutcomeWriter(long runId, PageArchive archive, RejectLog rejects, Frontier frontier, PageKinds kinds,
                              Clock clock, RejectLimit rejectLimit) {
        this.runId = runId;
        this.rejects = Objects.requireNonNull(rejects, "rejects");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rejectLimit = Objects.requireNonNull(rejectLimit, "rejectLimit");
    }

    @Override
    public void write(Chunk<? extends FetchOutcome> outcomes) {
        Instant now = clock.instant();
        boolean rejectedAny = false;
        for (FetchOutcome outcome : outcomes) {
            String url = outcome.url().url();
            FetchResult result = outcome.result();
            if (result instanceof FetchResult.Fetched fetched) {
                archive.store(fetched.page());
                markChangedOrSeen(outcome, now);
            } else if (result instanceof FetchResult.NotModified) {
                archive.markRevalidated(url, now);
                markChangedOrSeen(outcome, now);
            } else if (result instanceof FetchResult.Gone gone) {
                kinds.get(outcome.url().kind()).markGone(url, now);
                frontier.mark(url, UrlState.GONE, "HTTP " + gone.status(), now);
            } else if (result instanceof FetchResult.Refused refused) {
                rejects.record(runId, url, STEP, refused.reason(), now);
                rejectedAny = true;
                frontier.mark(url, UrlState.REJECTED, refused.reason(), now);
            } else if (result instanceof FetchResult.Failed failed) {
                frontier.mark(url, UrlState.FAILED, failed.reason(), now);
            } else {
                throw new IllegalStateException("unknown fetch result " + result);
            }
        }
        if (rejectedAny) {
            rejectLimit.check(); // a count over the run's urls: only worth it when this chunk added a reject
        }
    }

    private void markChangedOrSeen(FetchOutcome outcome, Instant now) {
        String url = outcome.url().url();
        if (outcome.unchanged()) {
            kinds.get(outcome.url().kind()).markSeen(url, now);
            frontier.mark(url, UrlState.UNCHANGED, null, now);
        } else {
            frontier.mark(url, UrlState.FETCHED, null, now);
        }
    }
}
