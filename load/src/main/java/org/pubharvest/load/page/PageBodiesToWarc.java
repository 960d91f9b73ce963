package org.pubharvest.load.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.flywaydb.core.api.migration.Context;
import org.pubharvest.ingest.fetch.ContentHash;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.schema.NamedJavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration V14: the page archive moves out of the database into WARC files. It adds the index columns
 * and the warehouse's archive id, writes every body an older version stored in {@code page.body_gzip}
 * as request and response records to one file of the archive directory, points each row at its
 * response record, and drops the column. A stored body that does not decompress cannot be moved: its
 * row stays without a copy, its validators cleared so that the next harvest fetches the page whole.
 *
 * <p>Run again over its own partial effect: the columns and table are added only if missing, and the
 * file is written from its start each time. On PostgreSQL a kill rolls the whole migration back; on H2 the
 * rows are rolled back too (the column's drop, the last statement, is what commits them), and an H2
 * warehouse that held data was backed up before it ({@code MigrationJournal}). A killed attempt can leave
 * its file behind, named with an id no row knows: nothing reads it.
 */
public final class PageBodiesToWarc extends NamedJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(PageBodiesToWarc.class);
    private static final int BATCH = 100;
    /** The moved bodies predate every file the harvest opens, so their file sorts first. */
    private static final Instant BEFORE_ANY_RUN = Instant.EPOCH;

    private final Path directory;
    private final String userAgent;

    /**
     * @param directory the archive directory, as the harvest will use it
     * @param userAgent what the request records say was sent
     */
    public PageBodiesToWarc(Path directory, String userAgent) {
        super("14", "page bodies to warc");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE page ADD COLUMN IF NOT EXISTS warc_file VARCHAR(255)");
            ddl.execute("ALTER TABLE page ADD COLUMN IF NOT EXISTS warc_offset BIGINT");
            ddl.execute("ALTER TABLE page ADD COLUMN IF NOT EXISTS warc_length BIGINT");
            ddl.execute("ALTER TABLE page ADD COLUMN IF NOT EXISTS payload_digest VARCHAR(100)");
            ddl.execute("CREATE TABLE IF NOT EXISTS page_archive (id VARCHAR(36) NOT NULL)");
        }
        String id = archiveId(connection);
        if (!hasColumn(connection, "page", "body_gzip")) {
            return;
        }
        long moved = hasStoredBodies(connection) ? moveBodies(connection, id) : 0;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE page DROP COLUMN body_gzip");
        }
        if (moved > 0) {
            log.info("moved {} archived page bodies out of the database into {}", moved,
                    directory.resolve(WarcFiles.fileName(id, BEFORE_ANY_RUN, 0)));
        }
    }

    private static String archiveId(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery("SELECT id FROM page_archive")) {
            if (rs.next()) {
                return rs.getString(1);
            }
        }
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO page_archive (id) VALUES (?)")) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
        return id;
    }

    private long moveBodies(Connection connection, String id) throws SQLException {
        String name = WarcFiles.fileName(id, BEFORE_ANY_RUN, 0);
        long moved = 0;
        try {
            Files.createDirectories(directory);
            try (FileChannel file = FileChannel.open(directory.resolve(name), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 PreparedStatement next = connection.prepareStatement("""
                         SELECT url, http_status, content_type, etag, last_modified, body_gzip, fetched_at FROM page
                         WHERE body_gzip IS NOT NULL AND url > ? ORDER BY url LIMIT ?""");
                 PreparedStatement point = connection.prepareStatement(
                         "UPDATE page SET warc_file = ?, warc_offset = ?, warc_length = ?, payload_digest = ? WHERE url = ?");
                 PreparedStatement unreadable = connection.prepareStatement(
                         "UPDATE page SET etag = NULL, last_modified = NULL, extracted_hash = NULL WHERE url = ?")) {
                WarcFiles.writeWarcinfo(file, name, Instant.now(), "pubharvest migration V14");
                String after = "";
                boolean more = true;
                while (more) {
                    next.setString(1, after);
                    next.setInt(2, BATCH);
                    more = false;
                    try (ResultSet rs = next.executeQuery()) {
                        while (rs.next()) {
                            more = true;
                            after = rs.getString(1);
                            Optional<byte[]> body = gunzip(rs.getBytes(6));
                            if (body.isEmpty()) {
                                log.warn("the stored copy of {} is not valid gzip and cannot be moved; its validators are"
                                        + " cleared, so the next harvest fetches it whole", after);
                                unreadable.setString(1, after);
                                unreadable.addBatch();
                                continue;
                            }
                            FetchedPage page = new FetchedPage(after, rs.getInt(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), body.get(), rs.getObject(7, OffsetDateTime.class).toInstant());
                            WarcRecords records = WarcRecords.of(page, ContentHash.of(page.body()), userAgent);
                            long start = file.position();
                            ByteBuffer bytes = ByteBuffer.wrap(records.bytes());
                            while (bytes.hasRemaining()) {
                                file.write(bytes);
                            }
                            point.setString(1, name);
                            point.setLong(2, start + records.responseOffset());
                            point.setLong(3, records.responseLength());
                            point.setString(4, records.payloadDigest());
                            point.setString(5, page.url());
                            point.addBatch();
                            moved++;
                        }
                    }
                    point.executeBatch();
                    unreadable.executeBatch();
                }
                file.force(true); // before the column's drop commits the rows that point into it
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the archive's WARC file in " + directory + ": " + e.getMessage(), e);
        }
        return moved;
    }

    private static boolean hasStoredBodies(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT 1 FROM page WHERE body_gzip IS NOT NULL FETCH FIRST 1 ROWS ONLY")) {
            return rs.next();
        }
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT COUNT(*) FROM information_schema.columns
                WHERE UPPER(table_schema) = UPPER(CURRENT_SCHEMA) AND UPPER(table_name) = UPPER(?)
                  AND UPPER(column_name) = UPPER(?)""")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /** The body, or empty when what was stored does not decompress (nothing can be recovered from it). */
    private static Optional<byte[]> gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
