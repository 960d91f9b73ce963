package org.pubharvest.config.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rows a warehouse of an older schema version holds, written through the tables as they were at
 * that version: an upgrade must keep every one of them.
 */
final class OlderWarehouseRows {

    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 3, 1, 2, 0, 0, 0, ZoneOffset.UTC);

    /** An insert and the first schema version whose tables it needs. */
    /** A row written into warehouses from {@code sinceVersion} up to and including {@code untilVersion}. */
    private record Row(int sinceVersion, int untilVersion, String sql, List<Object> values) {

        Row(int sinceVersion, String sql, List<Object> values) {
            this(sinceVersion, Integer.MAX_VALUE, sql, values);
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row(2, "INSERT INTO harvest_run (id, job_name, parameters, status, started_at, finished_at, loaded)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(1L, "harvest", "year=2023", "COMPLETED", AT, AT.plusHours(1), 2)),
            new Row(2, "INSERT INTO venue (venue_key, acronym, name) VALUES (?, ?, ?)",
                    List.of("acl", "ACL", "Annual Meeting of the Association for Computational Linguistics")),
            new Row(2, "INSERT INTO author (name) VALUES (?)", List.of("Ada Lovelace")),
            new Row(2, "INSERT INTO publication (url, title, venue_id, publication_year, content_hash, first_seen_at,"
                    + " last_seen_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
                    List.of("https://example.org/p/1", "A paper kept across upgrades", 2023, "h1", AT, AT, AT)),
            new Row(2, "INSERT INTO publication_author (publication_id, author_position, author_id, name_as_stated)"
                    + " VALUES (1, 1, 1, ?)", List.of("Ada Lovelace")),
            new Row(2, "INSERT INTO frontier (url, kind, run_id, state, discovered_at, state_changed_at)"
                    + " VALUES (?, ?, 1, ?, ?, ?)", List.of("https://example.org/p/1", "PUBLICATION", "LOADED", AT, AT)),
            // Until V14 moved the bodies out of the database, a page kept its body in a column.
            new Row(3, 13, "INSERT INTO page (url, http_status, content_hash, body_gzip, body_bytes, first_fetched_at,"
                    + " fetched_at, changed_at) VALUES (?, 200, ?, ?, 3, ?, ?, ?)",
                    List.of("https://example.org/p/1", "h1", new byte[] {31, -117, 8}, AT, AT, AT)),
            new Row(14, "INSERT INTO page (url, http_status, content_hash, body_bytes, first_fetched_at, fetched_at,"
                    + " changed_at, warc_file, warc_offset, warc_length, payload_digest) VALUES (?, 200, ?, 3, ?, ?, ?, ?, 0, 3, ?)",
                    List.of("https://example.org/p/1", "h1", AT, AT, AT, "pubharvest-older.warc.gz", "sha256:AAAA")),
            new Row(5, "INSERT INTO job_posting (job_id, url, title, description_truncated, from_detail_page,"
                    + " first_seen_at, last_seen_at) VALUES (?, ?, ?, FALSE, TRUE, ?, ?)",
                    List.of("123", "https://example.org/jobs/123", "Applied Scientist", AT, AT)),
            new Row(6, "INSERT INTO ranking (list_year, entry_key, list_url, list_rank, publication_id, first_seen_at,"
                    + " last_seen_at) VALUES (2023, ?, ?, 1, 1, ?, ?)",
                    List.of("https://example.org/p/1", "https://example.org/most-read-2023", AT, AT)));

    private OlderWarehouseRows() {
    }

    /** Writes every row whose tables exist at {@code version}. */
    static void write(String url, String user, int version) {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            for (Row row : ROWS) {
                if (row.sinceVersion() > version || row.untilVersion() < version) {
                    continue;
                }
                try (PreparedStatement statement = connection.prepareStatement(row.sql())) {
                    for (int index = 0; index < row.values().size(); index++) {
                        statement.setObject(index + 1, row.values().get(index));
                    }
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the rows of a version " + version + " warehouse", e);
        }
    }
}
