package org.pubharvest.config.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.Frontier.StateChange;
import org.pubharvest.load.frontier.UrlState;
import org.pubharvest.load.page.CapturedPage;
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
        List<CapturedPage> fetched = new ArrayList<>();
        List<PageArchive.Revalidation> revalidated = new ArrayList<>();
        Map<String, List<String>> unchangedByKind = new LinkedHashMap<>();
        List<StateChange> changes = new ArrayList<>();
        boolean rejectedAny = false;
        for (FetchOutcome outcome : outcomes) {
            String url = outcome.url().url();
            FetchResult result = outcome.result();
            if (outcome.notDue()) {
                changes.add(changedOrUnchanged(outcome, unchangedByKind)); // not fetched: the stored copy stands
            } else if (result instanceof FetchResult.Fetched) {
                fetched.add(outcome.archived());
                changes.add(changedOrUnchanged(outcome, unchangedByKind));
            } else if (result instanceof FetchResult.NotModified) {
                if (outcome.revalidation() != null) {
                    revalidated.add(outcome.revalidation());
                }
                changes.add(changedOrUnchanged(outcome, unchangedByKind));
            } else if (result instanceof FetchResult.Gone gone) {
                kinds.get(outcome.url().kind()).markGone(url, now);
                changes.add(new StateChange(url, UrlState.GONE, "HTTP " + gone.status()));
            } else if (result instanceof FetchResult.Refused refused) {
                rejects.record(runId, url, STEP, refused.reason(), now);
                rejectedAny = true;
                changes.add(new StateChange(url, UrlState.REJECTED, refused.reason()));
            } else if (result instanceof FetchResult.Failed failed) {
                changes.add(new StateChange(url, UrlState.FAILED, failed.reason()));
            } else {
                throw new IllegalStateException("unknown fetch result " + result);
            }
        }
        // Batched by kind of write: a chunk costs a handful of statements, not several per url.
        archive.storeAll(fetched);
        archive.storeRevalidations(revalidated, now);
        unchangedByKind.forEach((kind, urls) -> kinds.get(kind).markSeen(urls, now));
        frontier.mark(changes, now);
        if (rejectedAny) {
            rejectLimit.check(); // a count over the run's urls: only worth it when this chunk added a reject
        }
    }

    /** Changed pages go on to extraction; unchanged ones are done, their records merely seen again. */
    private static StateChange changedOrUnchanged(FetchOutcome outcome, Map<String, List<String>> unchangedByKind) {
        String url = outcome.url().url();
        if (outcome.unchanged()) {
            unchangedByKind.computeIfAbsent(outcome.url().kind(), kind -> new ArrayList<>()).add(url);
            return new StateChange(url, UrlState.UNCHANGED, null);
        }
        return new StateChange(url, UrlState.FETCHED, null);
    }
}
