package org.pubharvest.load.page;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pubharvest.load.Timestamps;
import org.pubharvest.load.frontier.UrlState;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The archived pages that can be extracted again without fetching: every stored page with the kind
 * and state its frontier row gives, except those whose url last answered 404 or 410 (their records are
 * flagged gone, and a stale copy must not bring them back).
 */
public final class ArchivedPages {

    private final JdbcClient jdbc;

    public ArchivedPages(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /**
     * The next pages in url order after {@code afterUrl} (empty string: from the start), by key so that
     * pages whose rows change in the meantime are still read once each.
     *
     * @param kind  only pages of this kind, or null for all
     * @param since only pages fetched (or revalidated) at or after this instant, or null for all
     */
    public List<ArchivedUrl> next(String afterUrl, String kind, Instant since, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT p.url, f.kind, f.run_id, f.state, p.fetched_at FROM page p JOIN frontier f ON f.url = p.url
                WHERE p.url > ? AND f.state <> 'GONE'""");
        List<Object> params = new ArrayList<>(List.of(afterUrl));
        if (kind != null) {
            sql.append(" AND f.kind = ?");
            params.add(kind);
        }
        if (since != null) {
            sql.append(" AND p.fetched_at >= ?");
            params.add(Timestamps.of(since));
        }
        sql.append(" ORDER BY p.url LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new ArchivedUrl(rs.getString(1), rs.getString(2), rs.getLong(3),
                        UrlState.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * A stored page as its frontier row knows it.
     *
     * @param runId     the run that last discovered the url, whose reject (if any) it is
     * @param state     the state it reached in that run
     * @param fetchedAt when the stored copy was last fetched or revalidated: when its records were last seen
     */
    public record ArchivedUrl(String url, String kind, long runId, UrlState state, Instant fetchedAt) {

        public ArchivedUrl {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
        }
    }
}
