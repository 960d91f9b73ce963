package org.pubharvest.load.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.load.support.TestWarehouse;
import org.pubharvest.transform.publication.Bibliographic;
import org.pubharvest.transform.publication.Publication;
import org.pubharvest.transform.venue.Venue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bibliographic details land in the publication row and follow the page when it changes. */
class PublicationWriterTest {

    private static final Instant T1 = Instant.parse("2026-11-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T02:00:00Z");

    private JdbcTemplate jdbc;
    private PublicationWriter writer;

    @BeforeEach
    void warehouse() {
        jdbc = TestWarehouse.create();
        writer = new PublicationWriter(JdbcClient.create(jdbc));
    }

    @Test
    void detailsAreStoredAndUpdatedWithThePage() {
        writer.upsert(publication("h1", new Bibliographic("ACM", "27", "3", "1297", "1396-0466", "en")), T1);
        assertThat(details()).containsEntry("PUBLISHER", "ACM").containsEntry("VOLUME", "27").containsEntry("ISSUE", "3")
                .containsEntry("FIRST_PAGE", "1297").containsEntry("ISSN", "1396-0466").containsEntry("LANGUAGE", "en");

        writer.upsert(publication("h2", new Bibliographic("ACM", "28", null, null, null, null)), T2);
        assertThat(details()).containsEntry("VOLUME", "28").containsEntry("ISSUE", null).containsEntry("LANGUAGE", null);
    }

    private Map<String, Object> details() {
        return jdbc.queryForMap("SELECT publisher, volume, issue, first_page, issn, language FROM publication");
    }

    private static Publication publication(String hash, Bibliographic details) {
        return new Publication("https://journal.example.org/a/1", "A title", List.of("Ada Lovelace"),
                new Venue("first-monday", null, "First Monday"), "First Monday", 2022, null, List.of(), null, null, null,
                hash, T1, details);
    }
}
