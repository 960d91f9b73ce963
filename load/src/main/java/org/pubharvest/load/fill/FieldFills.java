package org.pubharvest.load.fill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code extract_page_fill} and {@code run_field_fill} tables. Pages are recorded as the
 * extract step writes them, keyed by (run, url); a run's totals are summed from them only when
 * the run completes. Counting into running totals instead would count a chunk twice when a
 * restart repeats it; rows keyed by url are simply written again.
 */
public final class FieldFills {

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    public FieldFills(JdbcTemplate jdbc) {
        this.batch = Objects.requireNonNull(jdbc, "jdbc");
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** Replaces what is recorded for these pages in this run: two batched statements a chunk. */
    public void recordPages(long runId, List<PageFieldFill> fills) {
        if (fills.isEmpty()) {
            return;
        }
        Set<String> urls = new LinkedHashSet<>();
        fills.forEach(fill -> urls.add(fill.url()));
        batch.batchUpdate("DELETE FROM extract_page_fill WHERE run_id = ? AND url = ?",
                urls.stream().map(url -> new Object[] {runId, url}).toList());
        batch.batchUpdate("INSERT INTO extract_page_fill (run_id, url, kind, field, records, filled) VALUES (?, ?, ?, ?, ?, ?)",
                fills.stream().map(fill -> new Object[] {runId, fill.url(), fill.kind(), fill.field(), fill.records(),
                        fill.filled()}).toList());
    }

    /**
     * Sums the run's pages into {@code run_field_fill} and drops them. Idempotent: a report step that
     * runs again (its transaction rolled back) finds the pages still there and writes the same totals,
     * and once they are summed, summing again finds no pages and leaves the totals alone.
     */
    public void summarize(long runId) {
        int pages = jdbc.sql("SELECT COUNT(*) FROM extract_page_fill WHERE run_id = ?").param(runId)
                .query(Integer.class).single();
        if (pages == 0) {
            return;
        }
        jdbc.sql("DELETE FROM run_field_fill WHERE run_id = ?").param(runId).update();
        jdbc.sql("""
                        INSERT INTO run_field_fill (run_id, kind, field, pages, records, filled, records_per_page, fill_rate)
                        SELECT run_id, kind, field, COUNT(*), SUM(records), SUM(filled),
                               CAST(SUM(records) AS DOUBLE PRECISION) / COUNT(*),
                               CASE WHEN SUM(records) = 0 THEN NULL
                                    ELSE CAST(SUM(filled) AS DOUBLE PRECISION) / SUM(records) END
                        FROM extract_page_fill WHERE run_id = ? GROUP BY run_id, kind, field""")
                .param(runId).update();
        jdbc.sql("DELETE FROM extract_page_fill WHERE run_id = ?").param(runId).update();
    }

    /** The run's totals, by kind and field. */
    public List<KindFieldFill> ofRun(long runId) {
        return jdbc.sql("""
                        SELECT run_id, kind, field, pages, records, filled FROM run_field_fill
                        WHERE run_id = ? ORDER BY kind, field""")
                .param(runId).query(FieldFills::fill).list();
    }

    /**
     * The same kind and field in the newest completed runs other than this one (newest first) that
     * gave at least {@code minRecords} records of the kind: a handful of records says little about a
     * field's usual fill.
     */
    public List<KindFieldFill> history(String kind, String field, long exceptRunId, int runs, int minRecords) {
        return jdbc.sql("""
                        SELECT f.run_id, f.kind, f.field, f.pages, f.records, f.filled
                        FROM run_field_fill f JOIN harvest_run r ON r.id = f.run_id
                        WHERE f.kind = ? AND f.field = ? AND f.run_id <> ? AND r.status = 'COMPLETED' AND f.records >= ?
                        ORDER BY r.finished_at DESC, f.run_id DESC LIMIT ?""")
                .params(kind, field, exceptRunId, minRecords, runs)
                .query(FieldFills::fill).list();
    }

    private static KindFieldFill fill(ResultSet rs, int row) throws SQLException {
        return new KindFieldFill(rs.getLong("run_id"), rs.getString("kind"), rs.getString("field"), rs.getInt("pages"),
                rs.getInt("records"), rs.getInt("filled"));
    }
}
