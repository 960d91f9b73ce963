package org.pubharvest.load.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The raw page archive: the latest copy of every url, gzip-compressed, with the headers that matter. */
public final class PageArchive {

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    public PageArchive(JdbcTemplate jdbc) {
        this.batch = Objects.requireNonNull(jdbc, "jdbc");
        this.jdbc = JdbcClient.create(jdbc);
    }

    public Optional<StoredPage> find(String url) {
        return jdbc.sql("SELECT url, etag, last_modified, content_hash, extracted_hash FROM page WHERE url = ?")
                .param(url)
                .query((rs, row) -> new StoredPage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    /**
     * Stores fetched pages, in two batched statements whatever their number; {@code changed_at}
     * moves only when a body's hash changed.
     */
    public void storeAll(List<CompressedPage> pages) {
        if (pages.isEmpty()) {
            return;
        }
        int[] updated = batch.batchUpdate("""
                        UPDATE page SET http_status = ?, content_type = ?, etag = ?, last_modified = ?,
                            changed_at = CASE WHEN content_hash = ? THEN changed_at ELSE ? END,
                            content_hash = ?, body_gzip = ?, body_bytes = ?, fetched_at = ?
                        WHERE url = ?""",
                pages.stream().map(compressed -> {
                    FetchedPage page = compressed.page();
                    OffsetDateTime fetchedAt = Timestamps.of(page.fetchedAt());
                    return new Object[] {page.status(), page.contentType(), page.etag(), page.lastModified(),
                            compressed.contentHash(), fetchedAt, compressed.contentHash(), compressed.bodyGzip(),
                            page.body().length, fetchedAt, page.url()};
                }).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            // A driver may answer "done, count unknown" (negative): the guarded insert is then a no-op.
            if (updated[i] <= 0) {
                FetchedPage page = pages.get(i).page();
                OffsetDateTime fetchedAt = Timestamps.of(page.fetchedAt());
                inserts.add(new Object[] {page.url(), page.status(), page.contentType(), page.etag(),
                        page.lastModified(), pages.get(i).contentHash(), pages.get(i).bodyGzip(), page.body().length,
                        fetchedAt, fetchedAt, fetchedAt, page.url()});
            }
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO page (url, http_status, content_type, etag, last_modified, content_hash,
                        body_gzip, body_bytes, first_fetched_at, fetched_at, changed_at)
                    SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM page WHERE url = ?)""", inserts);
        }
    }

    /** Records that a revalidation (304) found the stored copies of these urls current. */
    public void markRevalidated(List<String> urls, Instant at) {
        if (urls.isEmpty()) {
            return;
        }
        OffsetDateTime time = Timestamps.of(at);
        batch.batchUpdate("UPDATE page SET fetched_at = ? WHERE url = ?",
                urls.stream().map(url -> new Object[] {time, url}).toList());
    }

    /** Records, per url, the hash of the stored body that was extracted, whatever the outcome. */
    public void markExtracted(Map<String, String> contentHashByUrl) {
        if (contentHashByUrl.isEmpty()) {
            return;
        }
        batch.batchUpdate("UPDATE page SET extracted_hash = ? WHERE url = ?",
                contentHashByUrl.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
    }

    /** The stored copy as a page again, body decompressed. */
    public Optional<FetchedPage> load(String url) {
        return jdbc.sql("SELECT url, http_status, content_type, etag, last_modified, body_gzip, fetched_at FROM page WHERE url = ?")
                .param(url)
                .query((rs, row) -> new FetchedPage(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), gunzip(rs.getBytes(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * At the fastest level: profiling a cold harvest (README, "Benchmarks") found the default level's
     * deflate the fetch step's largest CPU cost, and HTML shrinks nearly as well at level 1.
     */
    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gzip = new FastestGzipOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("stored page body is not valid gzip", e);
        }
    }

    /** GZIPOutputStream fixes the level at construction; its deflater can be set before the first write. */
    private static final class FastestGzipOutputStream extends GZIPOutputStream {

        FastestGzipOutputStream(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
