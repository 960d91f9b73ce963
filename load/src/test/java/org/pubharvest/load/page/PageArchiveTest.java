package org.pubharvest.load.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.support.TestWarehouse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class PageArchiveTest {

    private static final Instant T1 = Instant.parse("2026-11-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T02:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-03T02:00:00Z");

    private JdbcTemplate jdbc;
    private PageArchive archive;

    @TempDir
    Path directory;

    @BeforeEach
    void warehouse() {
        jdbc = TestWarehouse.create();
        archive = new PageArchive(jdbc, new WarcFiles(directory, 1 << 20, Clock.fixed(T1, ZoneOffset.UTC),
                JdbcClient.create(jdbc), "pubharvest-test"), "pubharvest-test/1");
    }

    /** As the fetch step does: each page captured against what the archive holds, then stored in one batch. */
    private void store(FetchedPage... pages) {
        archive.storeAll(Arrays.stream(pages).map(page -> archive.capture(page, archive.find(page.url()))).toList());
    }

    private long archiveBytes() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void storesABatchOfNewPagesAndReadsThemBackWhole() {
        FetchedPage a = page("a", "<html>first a</html>", "\"a1\"", T1);
        FetchedPage b = page("b", "<html>first b</html>", "\"b1\"", T1);

        store(a, b);

        FetchedPage loaded = archive.load(a.url()).orElseThrow();
        assertThat(new String(loaded.body(), StandardCharsets.UTF_8)).isEqualTo("<html>first a</html>");
        assertThat(loaded.etag()).isEqualTo("\"a1\"");
        assertThat(archive.find(b.url()).orElseThrow().contentHash()).isEqualTo(b.contentHash());
    }

    @Test
    void aBatchMixingNewAndKnownPagesUpdatesOneAndInsertsTheOther() {
        store(page("a", "<html>a</html>", "\"a1\"", T1));

        store(page("a", "<html>a changed</html>", "\"a2\"", T2), page("b", "<html>b</html>", "\"b1\"", T2));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM page", Integer.class)).isEqualTo(2);
        assertThat(archive.find(url("a")).orElseThrow().etag()).isEqualTo("\"a2\"");
        assertThat(timestamp("first_fetched_at", "a")).isEqualTo(T1);
        assertThat(timestamp("changed_at", "a")).isEqualTo(T2);
    }

    @Test
    void changedAtMovesOnlyWhenTheBodyChanged() {
        store(page("a", "<html>a</html>", "\"a1\"", T1));
        long archived = archiveBytes();

        store(page("a", "<html>a</html>", "\"a1-new-etag\"", T2));

        assertThat(timestamp("fetched_at", "a")).isEqualTo(T2);
        assertThat(timestamp("changed_at", "a")).as("same bytes, new validators").isEqualTo(T1);
        assertThat(archive.find(url("a")).orElseThrow().etag()).isEqualTo("\"a1-new-etag\"");
        assertThat(archiveBytes() - archived).as("the same body is not archived again: a revisit record, no payload")
                .isPositive().isLessThan(1_000);
        assertThat(new String(archive.load(url("a")).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("<html>a</html>");
    }

    @Test
    void revalidationAndExtractionAreRecordedForAWholeBatch() {
        FetchedPage a = page("a", "<html>a</html>", null, T1);
        FetchedPage b = page("b", "<html>b</html>", null, T1);
        store(a, b);

        archive.markRevalidated(Map.of(a.url(), Duration.ofDays(2), b.url(), Duration.ofDays(2)), T3);
        archive.markExtracted(Map.of(a.url(), a.contentHash(), b.url(), b.contentHash()));

        assertThat(timestamp("fetched_at", "a")).isEqualTo(T3);
        assertThat(timestamp("fetched_at", "b")).isEqualTo(T3);
        assertThat(archive.find(a.url()).orElseThrow().alreadyExtracted(a.contentHash())).isTrue();
        assertThat(archive.find(b.url()).orElseThrow().alreadyExtracted(a.contentHash())).isFalse();
    }

    @Test
    void eachVisitMovesTheUrlsRevisitIntervalAndWhenItIsNextDue() {
        store(page("a", "<html>a</html>", null, T1));
        StoredPage first = archive.find(url("a")).orElseThrow();
        assertThat(first.revisitInterval()).as("a new url: the shortest interval").isEqualTo(Duration.ofDays(1));
        assertThat(first.isDueAt(T1.plus(Duration.ofHours(23)))).isFalse();
        assertThat(first.isDueAt(T2)).isTrue();

        store(page("a", "<html>a</html>", null, T2));
        assertThat(archive.find(url("a")).orElseThrow().revisitInterval()).as("unchanged: x1.5").isEqualTo(Duration.ofHours(36));

        archive.markRevalidated(Map.of(url("a"), archive.revalidatedInterval(archive.find(url("a")).orElseThrow())), T3);
        StoredPage revalidated = archive.find(url("a")).orElseThrow();
        assertThat(revalidated.revisitInterval()).as("a 304: unchanged, x1.5").isEqualTo(Duration.ofHours(54));
        assertThat(revalidated.nextDueAt()).isEqualTo(T3.plus(Duration.ofHours(54)));

        store(page("a", "<html>a changed</html>", null, T3));
        assertThat(archive.find(url("a")).orElseThrow().revisitInterval()).as("changed: x0.5").isEqualTo(Duration.ofHours(27));
    }

    @Test
    void emptyBatchesWriteNothing() {
        archive.storeAll(List.of());
        archive.markRevalidated(Map.of(), T1);
        archive.markExtracted(Map.of());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM page", Integer.class)).isZero();
    }

    private Instant timestamp(String column, String slug) {
        return jdbc.queryForObject("SELECT " + column + " FROM page WHERE url = ?", OffsetDateTime.class, url(slug))
                .toInstant();
    }

    private static FetchedPage page(String slug, String html, String etag, Instant at) {
        return new FetchedPage(url(slug), 200, "text/html; charset=UTF-8", etag, null,
                html.getBytes(StandardCharsets.UTF_8), at);
    }

    private static String url(String slug) {
        return "https://www.amazon.science/publications/" + slug;
    }
}
