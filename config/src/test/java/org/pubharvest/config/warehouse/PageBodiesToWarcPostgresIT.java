package org.pubharvest.config.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.zip.GZIPOutputStream;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.WarehouseMigrations;
import org.pubharvest.ingest.fetch.ContentHash;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.page.PageBodiesToWarc;
import org.pubharvest.load.page.WarcFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migration V14 on a PostgreSQL warehouse an older version filled: the bodies in BYTEA move to a WARC file. */
class PageBodiesToWarcPostgresIT {

    private static final OffsetDateTime FETCHED = OffsetDateTime.parse("2025-06-01T02:00:00Z");

    @TempDir
    Path archive;

    @Test
    void theStoredBodiesOfAPostgresWarehouseMoveToTheArchive() {
        String url = PostgresServer.newDatabase("page_bodies_to_warc");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, PostgresServer.SUPERUSER, ""));
        flyway(url).target("12").load().migrate();
        for (int i = 0; i < 30; i++) {
            String html = "<html>page " + i + "</html>";
            jdbc.update("""
                    INSERT INTO page (url, http_status, content_type, content_hash, body_gzip, body_bytes,
                        first_fetched_at, fetched_at, changed_at) VALUES (?, 200, 'text/html', ?, ?, ?, ?, ?, ?)""",
                    page(i), ContentHash.of(html.getBytes(StandardCharsets.UTF_8)), gzip(html), html.length(),
                    FETCHED, FETCHED, FETCHED);
        }

        flyway(url).load().migrate();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'page'"
                + " AND column_name = 'body_gzip'", Integer.class)).isZero();
        PageArchive pages = new PageArchive(jdbc, new WarcFiles(archive, 1 << 30, Clock.systemUTC(), JdbcClient.create(jdbc),
                "test"), "test");
        for (int i = 0; i < 30; i++) {
            assertThat(new String(pages.load(page(i)).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("<html>page " + i + "</html>");
        }
    }

    private FluentConfiguration flyway(String url) {
        return WarehouseMigrations.configure(url, PostgresServer.SUPERUSER, "postgresql")
                .javaMigrations(new PageBodiesToWarc(archive, "pubharvest-test/1"));
    }

    private static String page(int i) {
        return "https://www.amazon.science/publications/p" + i;
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
}
