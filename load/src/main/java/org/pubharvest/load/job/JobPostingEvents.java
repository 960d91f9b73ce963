package org.pubharvest.load.job;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history of postings opening, closing and reopening, for the per-week view. */
final class JobPostingEvents {

    static final String OPENED = "OPENED";
    static final String CLOSED = "CLOSED";
    static final String REOPENED = "REOPENED";

    private final JdbcClient jdbc;

    JobPostingEvents(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    void record(String jobId, String event, Instant at, Long runId) {
        jdbc.sql("INSERT INTO job_posting_event (job_id, event, occurred_at, week_start, run_id) VALUES (?, ?, ?, ?, ?)")
                .params(jobId, event, Timestamps.of(at), at.atOffset(ZoneOffset.UTC).toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), runId)
                .update();
    }

    /**
     * Clears {@code closed_at} of the posting if it was closed by the time it was seen, and says so in
     * the history. A sighting older than the closing (a stored page re-extracted by {@code reprocess}, whose
     * time is when it was fetched) reopens nothing.
     */
    void reopenIfClosed(String jobId, Instant at) {
        int reopened = jdbc.sql("UPDATE job_posting SET closed_at = NULL WHERE job_id = ? AND closed_at <= ?")
                .params(jobId, Timestamps.of(at)).update();
        if (reopened > 0) {
            record(jobId, REOPENED, at, null);
        }
    }
}
