package org.pubharvest.load.frontier;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The frontier: one row per url ever discovered, holding the run that last discovered it and
 * the state it reached in that run.
 */
public final class Frontier {

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    public Frontier(JdbcTemplate jdbc) {
        this.batch = Objects.requireNonNull(jdbc, "jdbc");
        this.jdbc = JdbcClient.create(jdbc);
    }

    /**
     * Claims urls for a run. Idempotent: discovering a url twice in a run (listings repeat
     * items) or again after a restart leaves one row, and a url already past DISCOVERED in this
     * run keeps its state. Two batched statements a call, whatever the number of urls: one
     * statement per url made discovery the slowest part of a large harvest (README, "Benchmarks").
     * A url whose listing entry now shows something else than at its last discovery is flagged
     * {@code teaser_changed}, and stays flagged until it has been fetched.
     */
    public void discover(long runId, List<FrontierUrl> urls, Instant at) {
        Map<String, FrontierUrl> byUrl = new LinkedHashMap<>();
        urls.forEach(url -> byUrl.putIfAbsent(url.url(), url));
        List<FrontierUrl> distinct = List.copyOf(byUrl.values());
        if (distinct.isEmpty()) {
            return;
        }
        OffsetDateTime time = Timestamps.of(at);
        int[] updated = batch.batchUpdate("""
                        UPDATE frontier SET run_id = ?, kind = ?, state = ?, reason = NULL, partition_no = NULL,
                            discovered_at = ?, state_changed_at = ?,
                            teaser_changed = CASE WHEN teaser_hash <> ? THEN TRUE ELSE teaser_changed END,
                            teaser_hash = COALESCE(?, teaser_hash)
                        WHERE url = ? AND run_id <> ?""",
                distinct.stream().map(url -> new Object[] {
                        runId, url.kind(), UrlState.DISCOVERED.name(), time, time, teaser(url), teaser(url),
                        url.url(), runId}).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            // A driver may answer "done, count unknown" (negative): the guarded insert is then a no-op.
            if (updated[i] <= 0) {
                FrontierUrl url = distinct.get(i);
                inserts.add(new Object[] {url.url(), url.kind(), runId, UrlState.DISCOVERED.name(), time, time,
                        teaser(url), url.url()});
            }
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO frontier (url, kind, run_id, state, discovered_at, state_changed_at, teaser_hash)
                    SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM frontier WHERE url = ?)""", inserts);
        }
    }

    /** Typed, so that a null binds on every driver (PostgreSQL cannot infer a bare null's type in a CASE). */
    private static SqlParameterValue teaser(FrontierUrl url) {
        return new SqlParameterValue(Types.VARCHAR, url.teaser());
    }

    /**
     * Moves each url to its new state, in one batched statement. A url that got past its fetch (any
     * state but a failure) has its changed listing entry seen to, so its {@code teaser_changed} is cleared.
     */
    public void mark(List<StateChange> changes, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime time = Timestamps.of(at);
        batch.batchUpdate("""
                        UPDATE frontier SET state = ?, reason = ?, state_changed_at = ?, teaser_changed = teaser_changed AND ?
                        WHERE url = ?""",
                changes.stream().map(change -> new Object[] {
                        change.state().name(), change.reason(), time, !change.state().passedFetch(), change.url()})
                        .toList());
    }

    /** A url's next state, and why when the state is a failure or a rejection. */
    public record StateChange(String url, UrlState state, String reason) {
        public StateChange {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(state, "state");
        }
    }

    /** The run's urls in a state, in url order: what a distributed run's manager splits into partitions. */
    public List<String> urlsIn(long runId, UrlState state) {
        return jdbc.sql("SELECT url FROM frontier WHERE run_id = ? AND state = ? ORDER BY url")
                .param(runId).param(state.name()).query(String.class).list();
    }

    /** Gives each url of the run its partition, in batches of statements. */
    public void assignPartitions(long runId, Map<String, Integer> partitionByUrl) {
        batch.batchUpdate("UPDATE frontier SET partition_no = ? WHERE url = ? AND run_id = ?",
                partitionByUrl.entrySet().stream()
                        .map(entry -> new Object[] {entry.getValue(), entry.getKey(), runId}).toList());
    }

    /** Gives the run's urls in a state that have no partition this one. */
    public void assignUnpartitioned(long runId, UrlState state, int partition) {
        jdbc.sql("UPDATE frontier SET partition_no = ? WHERE run_id = ? AND state = ? AND partition_no IS NULL")
                .param(partition).param(runId).param(state.name()).update();
    }

    /** The partitions the run's urls were given, whatever their state: none before the run's first split. */
    public List<Integer> partitionsOf(long runId) {
        return jdbc.sql("SELECT DISTINCT partition_no FROM frontier WHERE run_id = ? AND partition_no IS NOT NULL ORDER BY partition_no")
                .param(runId).query(Integer.class).list();
    }

    /** The partitions that hold urls of the run in a state: those that have that state's step ahead of them. */
    public List<Integer> partitionsWith(long runId, UrlState state) {
        return jdbc.sql("""
                        SELECT DISTINCT partition_no FROM frontier
                        WHERE run_id = ? AND state = ? AND partition_no IS NOT NULL ORDER BY partition_no""")
                .param(runId).param(state.name()).query(Integer.class).list();
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
}
