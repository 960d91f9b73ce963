package org.pubharvest.load.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.flywaydb.core.Flyway;
import org.h2.api.Trigger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.pubharvest.ingest.fetch.ContentHash;
import org.pubharvest.load.schema.MigrationJournal;
import org.pubharvest.load.schema.WarehouseSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Migration V14 on a warehouse an older version filled: its stored bodies move to a WARC file. */
class PageBodiesToWarcTest {

    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2025-06-01T02:00:00Z");

    @TempDir
    Path directory;

    private JdbcDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void warehouseAtTheVersionBeforeTheArchiveMoved() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        jdbc = new JdbcTemplate(dataSource);
        flyway("12").migrate();
        for (int i = 0; i < 250; i++) {
            storeTheOldWay("p" + i, "<html>page " + i + "</html>");
        }
    }

    @Test
    void everyStoredBodyMovesToTheArchiveAndTheColumnGoes() throws Exception {
        flyway(null).migrate();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'PAGE'"
                + " AND column_name = 'BODY_GZIP'", Integer.class)).isZero();
        PageArchive archive = new PageArchive(jdbc, new WarcFiles(directory, 1 << 30, Clock.systemUTC(),
                JdbcClient.create(jdbc), "test"), "test");
        for (int i = 0; i < 250; i++) {
            assertThat(new String(archive.load(url("p" + i)).orElseThrow().body(), StandardCharsets.UTF_8))
                    .isEqualTo("<html>page " + i + "</html>");
        }
        assertThat(warcFiles()).hasSize(1);
        int responses = 0;
        try (WarcReader reader = new WarcReader(warcFiles().get(0))) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    byte[] payload = response.http().body().stream().readAllBytes();
                    assertThat(response.payloadDigest().orElseThrow().hex()).isEqualTo(ContentHash.of(payload));
                    responses++;
                }
            }
        }
        assertThat(responses).isEqualTo(250);
    }

    @Test
    void aBodyThatDoesNotDecompressIsLeftWithoutACopyAndItsPageFetchedWholeNextTime() {
        jdbc.update("UPDATE page SET body_gzip = X'1f8b08' WHERE url = ?", url("p7"));

        flyway(null).migrate();

        PageArchive archive = new PageArchive(jdbc, new WarcFiles(directory, 1 << 30, Clock.systemUTC(),
                JdbcClient.create(jdbc), "test"), "test");
        assertThat(archive.load(url("p7"))).isEmpty();
        StoredPage stored = archive.find(url("p7")).orElseThrow();
        assertThat(stored.etag()).as("no validator, so the next fetch is unconditional").isNull();
        assertThat(archive.load(url("p8"))).isPresent();
    }

    @Test
    void aMigrationCutShortIsRunAgainOverWhatItLeft() throws Exception {
        // A trigger fails the first attempt at the 201st row, after it has written 200 pages' records.
        jdbc.update("CREATE TRIGGER stop_at_p200 BEFORE UPDATE ON page FOR EACH ROW CALL \"" + StopAtP200.class.getName() + "\"");
        assertThatThrownBy(() -> flyway(null).migrate()).hasStackTraceContaining("stopped at p200");
        jdbc.update("DROP TRIGGER stop_at_p200");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM page WHERE warc_file IS NOT NULL", Integer.class))
                .as("nothing of the cut attempt kept in the rows").isZero();

        // As the application starts: the failed attempt H2 recorded is forgotten and the migration runs again.
        new WarehouseSchema(flyway(null), MigrationJournal.none()).migrate(upgrade -> { });

        PageArchive archive = new PageArchive(jdbc, new WarcFiles(directory, 1 << 30, Clock.systemUTC(),
                JdbcClient.create(jdbc), "test"), "test");
        assertThat(new String(archive.load(url("p249")).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("<html>page 249</html>");
        assertThat(new String(archive.load(url("p0")).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("<html>page 0</html>");
    }

    @Test
    void aWarehouseWithNoStoredPagesGetsNoFile() throws Exception {
        jdbc.update("DELETE FROM page");

        flyway(null).migrate();

        assertThat(warcFiles()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM page_archive", Integer.class)).isOne();
    }

    private void storeTheOldWay(String slug, String html) {
        jdbc.update("""
                INSERT INTO page (url, http_status, content_type, etag, content_hash, body_gzip, body_bytes,
                    first_fetched_at, fetched_at, changed_at) VALUES (?, 200, 'text/html', ?, ?, ?, ?, ?, ?, ?)""",
                url(slug), "\"" + slug + "\"", ContentHash.of(html.getBytes(StandardCharsets.UTF_8)), gzip(html),
                html.length(), FETCHED, FETCHED, FETCHED);
    }

    private List<Path> warcFiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".warc.gz")).toList();
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .placeholders(Map.of("reportingUser", "reporting", "reportingPassword", "reporting"))
                .javaMigrations(new PageBodiesToWarc(directory, "pubharvest-test/1"));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    /** Fails any update of page p200's row. */
    public static final class StopAtP200 implements Trigger {

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if (String.valueOf(newRow[0]).endsWith("/p200")) {
                throw new SQLException("stopped at p200");
            }
        }
    }

    private static String url(String slug) {
        return "https://www.amazon.science/publications/" + slug;
    }

}
