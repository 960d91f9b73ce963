package org.pubharvest.load.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;
import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.load.support.TestWarehouse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The archive's WARC files, read back with jwarc's reader as any WARC tool would read them. */
class WarcFilesTest {

    private static final Instant AT = Instant.parse("2026-11-01T02:00:00Z");

    @TempDir
    Path directory;

    private JdbcTemplate jdbc;

    @BeforeEach
    void warehouse() {
        jdbc = TestWarehouse.create();
    }

    @Test
    void everyFetchIsARequestAndAResponseWhosePayloadDigestIsTheBodys() throws Exception {
        PageArchive archive = archive(1 << 20);
        store(archive, page("a", "<html>a</html>"), page("b", "<html>b ü</html>"), page("c", "x".repeat(50_000)));

        List<String> responses = new ArrayList<>();
        List<java.net.URI> responseIds = new ArrayList<>();
        List<java.net.URI> requestsConcurrentTo = new ArrayList<>();
        try (WarcReader reader = new WarcReader(files().get(0))) {
            reader.onWarning(warning -> {
                throw new AssertionError(warning);
            });
            assertThat(reader.next().orElseThrow()).isInstanceOf(Warcinfo.class);
            for (WarcRecord record : reader) {
                if (record instanceof WarcRequest request) {
                    assertThat(request.http().headers().first("User-Agent")).hasValue("pubharvest-test/1");
                    requestsConcurrentTo.addAll(request.concurrentTo());
                } else if (record instanceof WarcResponse response) {
                    assertThat(response.http().status()).isEqualTo(200);
                    assertThat(response.http().headers().first("Content-Type")).hasValue("text/html; charset=UTF-8");
                    byte[] payload = response.http().body().stream().readAllBytes();
                    assertThat(response.payloadDigest().orElseThrow().algorithm()).isEqualTo("sha256");
                    assertThat(response.payloadDigest().orElseThrow().bytes()).as(response.target()).isEqualTo(sha256(payload));
                    responses.add(response.target());
                    responseIds.add(response.id());
                } else {
                    throw new AssertionError("unexpected record " + record);
                }
            }
        }
        assertThat(responses).containsExactly(url("a"), url("b"), url("c"));
        assertThat(requestsConcurrentTo).as("each request names its response").containsExactlyElementsOf(responseIds);
    }

    @Test
    void aVisitThatBringsNoNewBodyIsARevisitRecordPointingAtTheStoredCopyWhichTheIndexKeeps() throws Exception {
        PageArchive archive = archive(1 << 20);
        store(archive, page("a", "<html>a</html>"));
        long indexedOffset = jdbc.queryForObject("SELECT warc_offset FROM page", Long.class);
        String storedDigest = jdbc.queryForObject("SELECT payload_digest FROM page", String.class);

        store(archive, page("a", "<html>a</html>")); // the same body again, a 200
        archive.storeRevalidations(List.of(archive.revalidation(archive.find(url("a")).orElseThrow(),
                new FetchResult.NotModified(url("a"), "\"a\"", "Tue, 01 Dec 2026 10:00:00 GMT", AT.plusSeconds(60)))),
                AT.plusSeconds(60));

        List<WarcRevisit> revisits = new ArrayList<>();
        List<java.net.URI> revisitIds = new ArrayList<>();
        List<java.net.URI> requestsConcurrentTo = new ArrayList<>();
        try (WarcReader reader = new WarcReader(files().get(0))) {
            reader.onWarning(warning -> {
                throw new AssertionError(warning);
            });
            assertThat(reader.next().orElseThrow()).isInstanceOf(Warcinfo.class);
            assertThat(reader.next().orElseThrow()).isInstanceOf(WarcRequest.class);
            assertThat(reader.next().orElseThrow()).isInstanceOf(WarcResponse.class);
            for (WarcRecord record : reader) {
                if (record instanceof WarcRequest request) {
                    requestsConcurrentTo.addAll(request.concurrentTo());
                } else if (record instanceof WarcRevisit revisit) {
                    revisits.add(revisit);
                    revisitIds.add(revisit.id());
                    assertThat(revisit.http().body().stream().readAllBytes()).as("a revisit holds no payload").isEmpty();
                } else {
                    throw new AssertionError("unexpected record " + record);
                }
            }
        }
        assertThat(revisits).extracting(WarcRevisit::profile)
                .containsExactly(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1, WarcRevisit.SERVER_NOT_MODIFIED_1_1);
        assertThat(revisits).allSatisfy(revisit -> {
            assertThat(revisit.target()).isEqualTo(url("a"));
            assertThat(revisit.refersToTargetURI()).hasValue(java.net.URI.create(url("a")));
            assertThat(revisit.payloadDigest().orElseThrow().prefixedBase32()).as("the stored copy's").isEqualTo(storedDigest);
        });
        assertThat(revisits.get(0).http().status()).isEqualTo(200);
        assertThat(revisits.get(0).http().headers().first("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(revisits.get(1).http().status()).isEqualTo(304);
        assertThat(revisits.get(1).http().headers().first("ETag")).hasValue("\"a\"");
        assertThat(revisits.get(1).date()).isEqualTo(AT.plusSeconds(60));
        assertThat(requestsConcurrentTo).as("each request names its revisit").containsExactlyElementsOf(revisitIds);
        assertThat(jdbc.queryForObject("SELECT warc_offset FROM page", Long.class)).as("the index keeps the copy")
                .isEqualTo(indexedOffset);
    }

    @Test
    void theIndexPointsAtEachResponseRecordsOffset() {
        PageArchive archive = archive(1 << 20);
        store(archive, page("a", "<html>a</html>"), page("b", "<html>b</html>"));

        jdbc.query("SELECT url, warc_file, warc_offset, warc_length, payload_digest FROM page", rs -> {
            Path file = directory.resolve(rs.getString(2));
            try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel.position(rs.getLong(3)))) {
                WarcResponse response = (WarcResponse) reader.next().orElseThrow();
                assertThat(response.target()).isEqualTo(rs.getString(1));
                assertThat(response.payloadDigest().orElseThrow().prefixedBase32()).isEqualTo(rs.getString(5));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aFileIsClosedBeforeItWouldGrowPastItsSizeAndTheNextOneBegun() throws Exception {
        PageArchive archive = archive(60_000);
        for (int i = 0; i < 6; i++) {
            store(archive, page("p" + i, "<html>" + i + " " + noise(i, 20_000) + "</html>"));
        }

        List<Path> files = files();
        assertThat(files).hasSizeGreaterThan(1);
        for (Path file : files) {
            assertThat(Files.size(file)).isLessThanOrEqualTo(60_000);
            assertThat(read(file)).first().isInstanceOf(Warcinfo.class);
        }
        for (int i = 0; i < 6; i++) {
            assertThat(new String(archive.load(url("p" + i)).orElseThrow().body(), StandardCharsets.UTF_8)).startsWith("<html>" + i + " ");
        }
    }

    @Test
    void aRecordCutShortByAKillIsCutOffAtTheNextStartAndTheFileReadsWholeAgain() throws Exception {
        PageArchive before = archive(1 << 20);
        store(before, page("a", "<html>a</html>"));
        Path file = files().get(0);
        // What a kill in the middle of the next append leaves: a whole record of a chunk that never
        // committed, then the first part of another.
        WarcRecords uncommitted = WarcRecords.of(page("b", "<html>b</html>"), page("b", "<html>b</html>").contentHash(), "ua");
        WarcRecords cut = WarcRecords.of(page("c", "<html>c</html>"), page("c", "<html>c</html>").contentHash(), "ua");
        append(file, uncommitted.bytes());
        append(file, Arrays.copyOf(cut.bytes(), cut.bytes().length - 7));
        long cutSize = Files.size(file);

        PageArchive after = archive(1 << 20); // a new process
        store(after, page("d", "<html>d</html>"));

        assertThat(files()).containsExactly(file);
        assertThat(Files.size(file)).isLessThan(cutSize + 2_000);
        List<WarcRecord> records = read(file);
        assertThat(records.stream().filter(WarcResponse.class::isInstance).map(r -> ((WarcResponse) r).target()))
                .containsExactly(url("a"), url("b"), url("d"));
        assertThat(jdbc.queryForList("SELECT url FROM page ORDER BY url", String.class))
                .as("the uncommitted and the cut records were never indexed").containsExactly(url("a"), url("d"));
        assertThat(new String(after.load(url("d")).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("<html>d</html>");
        assertThat(new String(after.load(url("a")).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("<html>a</html>");
    }

    @Test
    void aFileCutInsideItsWarcinfoIsReplacedByANewOne() throws Exception {
        PageArchive before = archive(1 << 20);
        store(before, page("a", "<html>a</html>"));
        jdbc.update("DELETE FROM page"); // as if the chunk never committed
        Path file = files().get(0);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(30);
        }

        store(archive(1 << 20), page("b", "<html>b</html>"));

        assertThat(files()).as("the cut file removed, a new one begun").hasSize(1);
        assertThat(read(files().get(0))).hasSize(3).first().isInstanceOf(Warcinfo.class);
    }

    @Test
    void warehousesSharingADirectoryKeepToTheirOwnFiles() throws Exception {
        PageArchive mine = archive(1 << 20);
        store(mine, page("a", "<html>a</html>"));
        JdbcTemplate otherWarehouse = TestWarehouse.create();
        PageArchive theirs = new PageArchive(otherWarehouse, new WarcFiles(directory, 1 << 20, Clock.fixed(AT, ZoneOffset.UTC),
                JdbcClient.create(otherWarehouse), "pubharvest-test"), "pubharvest-test/1");

        store(theirs, page("b", "<html>b</html>"));
        store(archive(1 << 20), page("c", "<html>c</html>"));

        assertThat(files()).hasSize(2);
        assertThat(new String(theirs.load(url("b")).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("<html>b</html>");
        assertThat(new String(mine.load(url("a")).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("<html>a</html>");
    }

    private PageArchive archive(long maxFileSize) {
        return new PageArchive(jdbc, new WarcFiles(directory, maxFileSize, Clock.fixed(AT, ZoneOffset.UTC),
                JdbcClient.create(jdbc), "pubharvest-test"), "pubharvest-test/1");
    }

    private static void store(PageArchive archive, FetchedPage... pages) {
        archive.storeAll(Arrays.stream(pages).map(page -> archive.capture(page, archive.find(page.url()))).toList());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    /** Every record of a file, each body read to its end, as a sequential WARC reader reads it. */
    private static List<WarcRecord> read(Path file) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(warning -> {
                throw new AssertionError(file + ": " + warning);
            });
            for (WarcRecord record : reader) {
                record.body().consume();
                records.add(record);
            }
        }
        return records;
    }

    private static void append(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(bytes));
        }
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    /** Text that does not compress away, so that a few pages fill a small file. */
    private static String noise(int seed, int length) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static FetchedPage page(String slug, String html) {
        return new FetchedPage(url(slug), 200, "text/html; charset=UTF-8", "\"" + slug + "\"", null,
                html.getBytes(StandardCharsets.UTF_8), AT);
    }

    private static String url(String slug) {
        return "https://www.amazon.science/publications/" + slug;
    }
}
