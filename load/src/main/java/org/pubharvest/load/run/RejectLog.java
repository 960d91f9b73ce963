package org.pubharvest.load.run;

import java.time.Instant;
import java.util.Objects;

import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rejects: a page or record that could not be used, with the step and the reason. */
public final class RejectLog {

    private static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;

    public RejectLog(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** The url's reject in that run is void: reprocessing the stored page loaded it. */
    public void clear(long runId, String url) {
        jdbc.sql("DELETE FROM reject WHERE run_id = ? AND url = ?").params(runId, url).update();
    }

    /** One row per url and run: recording the same reject again (a chunk that re-ran) changes nothing. */
    public void record(long runId, String url, String step, String reason, Instant at) {
        String shortReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "\u2026" : reason;
        int updated = jdbc.sql("UPDATE reject SET step = ?, reason = ?, rejected_at = ? WHERE run_id = ? AND url = ?")
                .params(step, shortReason, Timestamps.of(at), runId, url)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO reject (run_id, url, step, reason, rejected_at) VALUES (?, ?, ?, ?, ?)")
                    .params(runId, url, step, shortReason, Timestamps.of(at))
                    .update();
        }
    }
}
