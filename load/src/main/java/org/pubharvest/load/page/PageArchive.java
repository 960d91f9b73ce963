package org.pubharvest.load.page;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The raw page archive: every fetched body in WARC files ({@link WarcFiles}), and in the database an
 * index of the latest copy of every url (its file, offset and length, payload digest, status and
 * validators, when it was fetched).
 */
public final class PageArchive {

    private final JdbcClient jdbc;
    private final JdbcOperations batch;
    private final WarcFiles files;
    private final String userAgent;
    private final RevisitSchedule schedule;

    /** With the default revisit schedule. */
    public PageArchive(JdbcTemplate jdbc, WarcFiles files, String userAgent) {
        this(jdbc, files, userAgent, RevisitSchedule.DEFAULT);
    }

    /**
     * @param userAgent what the request records say was sent, as the fetcher sends it
     * @param schedule  how each url's revisit interval follows its visits
     */
    public PageArchive(JdbcTemplate jdbc, WarcFiles files, String userAgent, RevisitSchedule schedule) {
        this.batch = Objects.requireNonNull(jdbc, "jdbc");
        this.jdbc = JdbcClient.create(jdbc);
        this.files = Objects.requireNonNull(files, "files");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    public RevisitSchedule schedule() {
        return schedule;
    }

    public Optional<StoredPage> find(String url) {
        return jdbc.sql("""
                        SELECT url, etag, last_modified, content_hash, extracted_hash, revisit_interval_seconds, next_due_at,
                            fetched_at, warc_file IS NOT NULL
                        FROM page WHERE url = ?""")
                .param(url)
                .query((rs, row) -> {
                    long interval = rs.getLong(6);
                    Duration revisitInterval = rs.wasNull() ? null : Duration.ofSeconds(interval);
                    OffsetDateTime due = rs.getObject(7, OffsetDateTime.class);
                    OffsetDateTime fetched = rs.getObject(8, OffsetDateTime.class);
                    return new StoredPage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), revisitInterval, due == null ? null : due.toInstant(),
                            fetched == null ? null : fetched.toInstant(), rs.getBoolean(9));
                })
                .optional();
    }

    /**
     * Makes a fetched page ready to store: hashed, and as WARC records (a revisit when its body is the
     * stored one). CPU work for the fetching thread, not the chunk's writer.
     */
    public CapturedPage capture(FetchedPage page, Optional<StoredPage> stored) {
        String contentHash = page.contentHash();
        // A copy without a record (V14 could not move it) is no copy: the body is archived anew.
        boolean sameBody = stored.isPresent() && stored.get().archived() && contentHash.equals(stored.get().contentHash());
        Duration interval = schedule.next(stored.map(StoredPage::revisitInterval).orElse(null), !sameBody);
        WarcRecords records = sameBody ? WarcRecords.identicalPayload(page, contentHash, userAgent)
                : WarcRecords.of(page, contentHash, userAgent);
        return new CapturedPage(page, contentHash, records, !sameBody, interval);
    }

    /**
     * A 304 made ready to store: the url's next interval ({@link #revalidatedInterval}) and the visit as
     * WARC request and revisit records. CPU work for the fetching thread.
     */
    public Revalidation revalidation(StoredPage stored, FetchResult.NotModified answer) {
        return new Revalidation(stored.url(), revalidatedInterval(stored), WarcRecords.notModified(answer.url(),
                answer.answeredAt(), answer.etag(), answer.lastModified(), stored.contentHash(), userAgent));
    }

    /** A 304's place in the archive: its revisit records, and the url's next interval. */
    public record Revalidation(String url, Duration interval, WarcRecords records) {
    }

    /**
     * Stores 304s: their revisit records appended to the WARC files (nothing in the index points at them,
     * so they need not be forced before the commit), then {@link #markRevalidated}.
     */
    public void storeRevalidations(List<Revalidation> revalidations, Instant at) {
        Map<String, Duration> intervals = new LinkedHashMap<>();
        for (Revalidation revalidation : revalidations) {
            files.append(revalidation.records());
            intervals.put(revalidation.url(), revalidation.interval());
        }
        markRevalidated(intervals, at);
    }

    /**
     * Stores fetched pages: their records appended to the WARC files and forced to disk, then their
     * index rows written, in a few batched statements whatever their number; {@code changed_at} moves
     * only when a body's hash changed.
     */
    public void storeAll(List<CapturedPage> pages) {
        if (pages.isEmpty()) {
            return;
        }
        List<CapturedPage> newCopies = new ArrayList<>();
        List<WarcFiles.Location> locations = new ArrayList<>();
        List<CapturedPage> sameBodies = new ArrayList<>();
        for (CapturedPage page : pages) {
            WarcFiles.Location at = files.append(page.records());
            if (page.isNewCopy()) {
                newCopies.add(page);
                locations.add(at);
            } else {
                sameBodies.add(page);
            }
        }
        if (!newCopies.isEmpty()) {
            files.force(); // the index below must never point at bytes a power cut could take back
            storeNewCopies(newCopies, locations);
        }
        if (sameBodies.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        UPDATE page SET http_status = ?, content_type = ?, etag = ?, last_modified = ?, fetched_at = ?,
                            revisit_interval_seconds = ?, next_due_at = ?
                        WHERE url = ?""",
                sameBodies.stream().map(captured -> {
                    FetchedPage page = captured.page();
                    return new Object[] {page.status(), page.contentType(), page.etag(), page.lastModified(),
                            Timestamps.of(page.fetchedAt()), captured.revisitInterval().toSeconds(),
                            Timestamps.of(page.fetchedAt().plus(captured.revisitInterval())), page.url()};
                }).toList());
    }

    private void storeNewCopies(List<CapturedPage> pages, List<WarcFiles.Location> locations) {
        List<Object[]> updates = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            FetchedPage page = pages.get(i).page();
            WarcFiles.Location at = locations.get(i);
            OffsetDateTime fetchedAt = Timestamps.of(page.fetchedAt());
            String hash = pages.get(i).contentHash();
            Duration interval = pages.get(i).revisitInterval();
            updates.add(new Object[] {page.status(), page.contentType(), page.etag(), page.lastModified(), hash,
                    fetchedAt, hash, page.body().length, fetchedAt, at.file(), at.offset(), at.length(),
                    pages.get(i).records().payloadDigest(), interval.toSeconds(),
                    Timestamps.of(page.fetchedAt().plus(interval)), page.url()});
        }
        int[] updated = batch.batchUpdate("""
                        UPDATE page SET http_status = ?, content_type = ?, etag = ?, last_modified = ?,
                            changed_at = CASE WHEN content_hash = ? THEN changed_at ELSE ? END,
                            content_hash = ?, body_bytes = ?, fetched_at = ?,
                            warc_file = ?, warc_offset = ?, warc_length = ?, payload_digest = ?,
                            revisit_interval_seconds = ?, next_due_at = ?
                        WHERE url = ?""", updates);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            // A driver may answer "done, count unknown" (negative): the guarded insert is then a no-op.
            if (updated[i] <= 0) {
                FetchedPage page = pages.get(i).page();
                WarcFiles.Location at = locations.get(i);
                OffsetDateTime fetchedAt = Timestamps.of(page.fetchedAt());
                Duration interval = pages.get(i).revisitInterval();
                inserts.add(new Object[] {page.url(), page.status(), page.contentType(), page.etag(),
                        page.lastModified(), pages.get(i).contentHash(), page.body().length,
                        fetchedAt, fetchedAt, fetchedAt, at.file(), at.offset(), at.length(),
                        pages.get(i).records().payloadDigest(), interval.toSeconds(),
                        Timestamps.of(page.fetchedAt().plus(interval)), page.url()});
            }
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO page (url, http_status, content_type, etag, last_modified, content_hash, body_bytes,
                        first_fetched_at, fetched_at, changed_at, warc_file, warc_offset, warc_length, payload_digest,
                        revisit_interval_seconds, next_due_at)
                    SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM page WHERE url = ?)""",
                    inserts);
        }
    }

    /**
     * Records that a revalidation (304) found the stored copies of these urls current, with each url's
     * new revisit interval ({@link #revalidatedInterval}).
     */
    public void markRevalidated(Map<String, Duration> intervalByUrl, Instant at) {
        if (intervalByUrl.isEmpty()) {
            return;
        }
        OffsetDateTime time = Timestamps.of(at);
        batch.batchUpdate("UPDATE page SET fetched_at = ?, revisit_interval_seconds = ?, next_due_at = ? WHERE url = ?",
                intervalByUrl.entrySet().stream().map(e -> new Object[] {time, e.getValue().toSeconds(),
                        Timestamps.of(at.plus(e.getValue())), e.getKey()}).toList());
    }

    /** The interval a url gets when a revalidation finds its copy current: a visit that found it unchanged. */
    public Duration revalidatedInterval(StoredPage stored) {
        return schedule.next(stored.revisitInterval(), false);
    }

    /** Records, per url, the hash of the stored body that was extracted, whatever the outcome. */
    public void markExtracted(Map<String, String> contentHashByUrl) {
        if (contentHashByUrl.isEmpty()) {
            return;
        }
        batch.batchUpdate("UPDATE page SET extracted_hash = ? WHERE url = ?",
                contentHashByUrl.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
    }

    /**
     * The stored copy as a page again, its body read from its WARC record; empty when there is none (a
     * copy an upgrade could not move has no record, and its page is fetched whole next time).
     */
    public Optional<FetchedPage> load(String url) {
        return jdbc.sql("""
                        SELECT url, http_status, content_type, etag, last_modified, warc_file, warc_offset, warc_length,
                            fetched_at FROM page WHERE url = ? AND warc_file IS NOT NULL""")
                .param(url)
                .query((rs, row) -> new FetchedPage(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), files.readBody(rs.getString(6), rs.getLong(7), rs.getLong(8)),
                        rs.getObject(9, OffsetDateTime.class).toInstant()))
                .optional();
    }
}
