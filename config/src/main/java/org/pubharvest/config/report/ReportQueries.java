package org.pubharvest.config.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the morning report's data with the SQL the data team could run themselves: the reporting views
 * and the documented tables (docs/warehouse.md), nothing the reporting user may not read.
 */
public final class ReportQueries {

    /** How many of the newest runs a report covers unless told; and the most it will. */
    public static final int DEFAULT_RUNS = 14;
    public static final int MOST_RUNS = 1000;

    private static final int REJECT_REASONS = 15;
    private static final int REJECT_EXAMPLES = 3;
    private static final int PUBLICATIONS_LISTED = 15;
    private static final int JOB_WEEKS = 12;
    private static final Duration RECENT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReportQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @param runs how many of the newest runs the report covers */
    public ReportData read(int runs) {
        List<ReportData.Run> recent = runs(runs);
        Instant since = (recent.isEmpty() ? clock.instant() : recent.get(0).started()).minus(RECENT);
        return new ReportData(clock.instant(), recent, rejects(recent), fills(), publications("first_seen_at", since, false),
                count("first_seen_at >= ?", since), publications("updated_at", since, true),
                count("updated_at >= ? AND updated_at > first_seen_at", since), jobWeeks(), rankings());
    }

    private List<ReportData.Run> runs(int limit) {
        return jdbc.sql("""
                        SELECT id, parameters, status, started_at, finished_at, discovered, loaded, unchanged, rejected,
                               gone, failed, drift
                        FROM harvest_run ORDER BY id DESC FETCH FIRST ? ROWS ONLY""")
                .param(limit)
                .query((rs, row) -> new ReportData.Run(rs.getLong("id"), rs.getString("parameters"), rs.getString("status"),
                        instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("discovered"), rs.getInt("loaded"),
                        rs.getInt("unchanged"), rs.getInt("rejected"), rs.getInt("gone"), rs.getInt("failed"),
                        rs.getString("drift") == null ? List.of() : rs.getString("drift").lines().toList()))
                .list();
    }

    private List<ReportData.RejectReason> rejects(List<ReportData.Run> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        long oldest = runs.get(runs.size() - 1).id();
        List<ReportData.RejectReason> reasons = new ArrayList<>();
        jdbc.sql("""
                        SELECT step, reason, COUNT(*) AS urls FROM reject WHERE run_id >= ?
                        GROUP BY step, reason ORDER BY urls DESC, step, reason FETCH FIRST ? ROWS ONLY""")
                .params(oldest, REJECT_REASONS)
                .query((rs, row) -> Map.entry(new String[] {rs.getString(1), rs.getString(2)}, rs.getLong(3))).list()
                .forEach(reason -> reasons.add(new ReportData.RejectReason(reason.getKey()[0], reason.getKey()[1],
                        reason.getValue(), jdbc.sql("""
                                        SELECT url FROM reject WHERE run_id >= ? AND step = ? AND reason = ?
                                        ORDER BY id DESC FETCH FIRST ? ROWS ONLY""")
                                .params(oldest, reason.getKey()[0], reason.getKey()[1], REJECT_EXAMPLES)
                                .query(String.class).list())));
        return reasons;
    }

    /** Per kind, the newest completed run that extracted pages of it, with the fields its drift check named. */
    private List<ReportData.FieldFill> fills() {
        Map<Long, String> driftByRun = new LinkedHashMap<>();
        jdbc.sql("SELECT id, drift FROM harvest_run WHERE drift IS NOT NULL")
                .query((rs, row) -> driftByRun.put(rs.getLong(1), rs.getString(2))).list();
        return jdbc.sql("""
                        SELECT f.kind, f.run_id, f.field, f.records, f.filled FROM run_field_fill f
                        WHERE f.run_id = (SELECT MAX(g.run_id) FROM run_field_fill g WHERE g.kind = f.kind AND g.records > 0)
                        ORDER BY f.kind, f.field""")
                .query((rs, row) -> {
                    String drift = driftByRun.getOrDefault(rs.getLong(2), "");
                    String field = rs.getString(3);
                    return new ReportData.FieldFill(rs.getString(1), rs.getLong(2), field, rs.getLong(4), rs.getLong(5),
                            drift.contains(rs.getString(1) + "." + field + " "));
                })
                .list();
    }

    private List<ReportData.Publication> publications(String timeColumn, Instant since, boolean updatedOnly) {
        // The column is one of two names fixed in this class, never user input.
        return jdbc.sql("SELECT title, url, publication_year, " + timeColumn + " FROM publication WHERE " + timeColumn
                        + " >= ?" + (updatedOnly ? " AND updated_at > first_seen_at" : "") + " ORDER BY " + timeColumn
                        + " DESC, id DESC FETCH FIRST ? ROWS ONLY")
                .params(OffsetDateTime.ofInstant(since, ZoneOffset.UTC), PUBLICATIONS_LISTED)
                .query((rs, row) -> new ReportData.Publication(rs.getString(1), rs.getString(2),
                        rs.getObject(3, Integer.class), instant(rs, timeColumn)))
                .list();
    }

    private long count(String condition, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM publication WHERE " + condition)
                .param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).query(Long.class).single();
    }

    private List<ReportData.JobWeek> jobWeeks() {
        List<ReportData.JobWeek> weeks = new ArrayList<>(jdbc.sql("""
                        SELECT week_start, opened, closed FROM job_postings_per_week
                        WHERE week_start IS NOT NULL ORDER BY week_start DESC FETCH FIRST ? ROWS ONLY""")
                .param(JOB_WEEKS)
                .query((rs, row) -> new ReportData.JobWeek(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)))
                .list());
        Collections.reverse(weeks);
        return weeks;
    }

    private List<ReportData.RankingList> rankings() {
        Map<Integer, List<ReportData.RankedPaper>> byYear = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT list_year, list_rank, title, publication_url, blog_url, award FROM ranked_paper
                        ORDER BY list_year DESC, list_rank""")
                .query((rs, row) -> byYear.computeIfAbsent(rs.getInt(1), year -> new ArrayList<>())
                        .add(new ReportData.RankedPaper(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6))))
                .list();
        return byYear.entrySet().stream().map(year -> new ReportData.RankingList(year.getKey(), year.getValue())).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
