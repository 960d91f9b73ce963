package org.pubharvest.load.frontier;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The frontier: one row per url ever discovered, holding the run that last discovered it and
 * the state it reached in that run.
 */
public final class Frontier {

    private final JdbcClient jdbc;

    public Frontier(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /**
     * Claims urls for a run. Idempotent: discovering a url twice in a run (listings repeat
     * items) or again after a restart leaves one row, and a url already past DISCOVERED in this
     * run keeps its state.
     */
    public void discover(long runId, List<FrontierUrl> urls, Instant at) {
        for (FrontierUrl url : urls) {
            int updated = jdbc.sql("""
                            UPDATE frontier SET run_id = ?, kind = ?, state = ?, reason = NULL,
                                discovered_at = ?, state_changed_at = ?
                            WHERE url = ? AND run_id <> ?""")
                    .params(runId, url.kind(), UrlState.DISCOVERED.name(), Timestamps.of(at), Timestamps.of(at),
                            url.url(), runId)
                    .update();
            if (updated == 0 && !exists(url.url())) {
                jdbc.sql("""
                                INSERT INTO frontier (url, kind, run_id, state, discovered_at, state_changed_at)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(url.url(), url.kind(), runId, UrlState.DISCOVERED.name(), Timestamps.of(at),
                                Timestamps.of(at))
                        .update();
            }
        }
    }

    public void mark(String url, UrlState state, String reason, Instant at) {
        jdbc.sql("UPDATE frontier SET state = ?, reason = ?, state_changed_at = ? WHERE url = ?")
                .params(state.name(), reason, Timestamps.of(at), url)
                .update();
    }

    /** How many of the run's urls are in each state; states with none are present as zero. */
    public Map<UrlState, Integer> countByState(long runId) {
        Map<UrlState, Integer> counts = new EnumMap<>(UrlState.class);
        for (UrlState state : UrlState.values()) {
            counts.put(state, 0);
        }
        jdbc.sql("SELECT state, COUNT(*) FROM frontier WHERE run_id = ? GROUP BY state")
                .param(runId)
                .query(rs -> {
                    counts.put(UrlState.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    private boolean exists(String url) {
        return jdbc.sql("SELECT COUNT(*) FROM frontier WHERE url = ?").param(url).query(Integer.class).single() > 0;
    }
}
