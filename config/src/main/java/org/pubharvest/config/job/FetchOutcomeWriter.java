package org.pubharvest.config.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.UrlState;
import org.pubharvest.load.page.PageArchive;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Archives fetched pages and moves each url on: changed pages to FETCHED (for extraction),
 * the rest straight to their final state. Idempotent, so a chunk that runs twice changes nothing.
 */
public class FetchOutcomeWriter implements ItemWriter<FetchOutcome> {

    private final PageArchive archive;
    private final Frontier frontier;
    private final PageKinds kinds;
    private final Clock clock;

    public FetchOutcomeWriter(PageArchive archive, Frontier frontier, PageKinds kinds, Clock clock) {
        this.archive = Objects.requireNonNull(archive, "archive");
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void write(Chunk<? extends FetchOutcome> outcomes) {
        Instant now = clock.instant();
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
                frontier.mark(url, UrlState.GONE, "HTTP " + gone.status(), now);
            } else if (result instanceof FetchResult.Failed failed) {
                frontier.mark(url, UrlState.FAILED, failed.reason(), now);
            }
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
