package org.pubharvest.load.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The raw page archive: the latest copy of every url, gzip-compressed, with the headers that matter. */
public final class PageArchive {

    private final JdbcClient jdbc;

    public PageArchive(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    public Optional<StoredPage> find(String url) {
        return jdbc.sql("SELECT url, etag, last_modified, content_hash, extracted_hash FROM page WHERE url = ?")
                .param(url)
                .query((rs, row) -> new StoredPage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    /** Stores a fetched page; {@code changed_at} moves only when the body's hash changed. */
    public void store(FetchedPage page) {
        String hash = page.contentHash();
        byte[] gzip = gzip(page.body());
        int updated = jdbc.sql("""
                        UPDATE page SET http_status = ?, content_type = ?, etag = ?, last_modified = ?,
                            changed_at = CASE WHEN content_hash = ? THEN changed_at ELSE ? END,
                            content_hash = ?, body_gzip = ?, body_bytes = ?, fetched_at = ?
                        WHERE url = ?""")
                .params(page.status(), page.contentType(), page.etag(), page.lastModified(), hash,
                        Timestamps.of(page.fetchedAt()), hash, gzip, page.body().length,
                        Timestamps.of(page.fetchedAt()), page.url())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO page (url, http_status, content_type, etag, last_modified, content_hash,
                                body_gzip, body_bytes, first_fetched_at, fetched_at, changed_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(page.url(), page.status(), page.contentType(), page.etag(), page.lastModified(), hash,
                            gzip, page.body().length, Timestamps.of(page.fetchedAt()),
                            Timestamps.of(page.fetchedAt()), Timestamps.of(page.fetchedAt()))
                    .update();
        }
    }

    /** Records that a revalidation (304) found the stored copy current. */
    public void markRevalidated(String url, Instant at) {
        jdbc.sql("UPDATE page SET fetched_at = ? WHERE url = ?").params(Timestamps.of(at), url).update();
    }

    /** Records that the stored body (by its hash) was extracted, whatever the outcome. */
    public void markExtracted(String url, String contentHash) {
        jdbc.sql("UPDATE page SET extracted_hash = ? WHERE url = ?").params(contentHash, url).update();
    }

    /** The stored copy as a page again, body decompressed. */
    public Optional<FetchedPage> load(String url) {
        return jdbc.sql("SELECT url, http_status, content_type, etag, last_modified, body_gzip, fetched_at FROM page WHERE url = ?")
                .param(url)
                .query((rs, row) -> new FetchedPage(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), gunzip(rs.getBytes(6)),
                        rs.getObject(7, java.time.OffsetDateTime.class).toInstant()))
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
