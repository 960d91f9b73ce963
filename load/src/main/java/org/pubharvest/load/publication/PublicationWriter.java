package org.pubharvest.load.publication;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.load.Dimensions;
import org.pubharvest.load.InsertIfAbsent;
import org.pubharvest.load.StoredRows;
import org.pubharvest.load.Timestamps;
import org.pubharvest.transform.area.ResearchArea;
import org.pubharvest.transform.publication.Bibliographic;
import org.pubharvest.transform.publication.Publication;
import org.pubharvest.transform.venue.Venue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Idempotent upserts of publications with their venue, authors and research areas. The url is
 * the natural key: writing the same publication twice leaves the same rows; {@code updated_at}
 * moves only when the page content changed, {@code last_seen_at} on every write.
 * Call within a transaction (a chunk's).
 */
public final class PublicationWriter {

    private final JdbcClient jdbc;
    private final Dimensions dimensions;

    public PublicationWriter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.dimensions = new Dimensions(jdbc);
    }

    public void upsert(Publication publication, Instant at) {
        Long venueId = publication.venue() == null ? null : venueId(publication.venue(), publication.venueAsStated());
        long id = upsertRow(publication, venueId, at);
        jdbc.sql("DELETE FROM publication_author WHERE publication_id = ?").param(id).update();
        List<String> authors = publication.authors();
        for (int position = 0; position < authors.size(); position++) {
            jdbc.sql("INSERT INTO publication_author (publication_id, author_position, author_id, name_as_stated) VALUES (?, ?, ?, ?)")
                    .params(id, position + 1, dimensions.authorId(authors.get(position)), authors.get(position))
                    .update();
        }
        jdbc.sql("DELETE FROM publication_research_area WHERE publication_id = ?").param(id).update();
        for (ResearchArea area : publication.researchAreas()) {
            jdbc.sql("INSERT INTO publication_research_area (publication_id, research_area_id) VALUES (?, ?)")
                    .params(id, dimensions.researchAreaId(area))
                    .update();
        }
    }

    /**
     * What the warehouse holds for the page's publication (with its authors and areas), timestamps left
     * out; empty when it holds none. Reprocessing compares it before and after a load.
     */
    public String storedContent(String url) {
        return String.join("\n",
                StoredRows.of(jdbc, """
                        SELECT p.title, v.venue_key, p.venue_as_stated, p.publication_year, p.published_on, p.abstract,
                               p.pdf_url, p.doi, p.content_hash, p.gone_at IS NULL, p.publisher, p.volume, p.issue,
                               p.first_page, p.issn, p.language
                        FROM publication p LEFT JOIN venue v ON v.id = p.venue_id WHERE p.url = ?""", url),
                StoredRows.of(jdbc, """
                        SELECT pa.author_position, pa.name_as_stated FROM publication_author pa
                        JOIN publication p ON p.id = pa.publication_id WHERE p.url = ? ORDER BY pa.author_position""", url),
                StoredRows.of(jdbc, """
                        SELECT r.slug FROM publication_research_area pr JOIN publication p ON p.id = pr.publication_id
                        JOIN research_area r ON r.id = pr.research_area_id WHERE p.url = ? ORDER BY r.slug""", url));
    }

    /** A run saw the page again unchanged: only {@code last_seen_at} moves. */
    public void markSeen(String url, Instant at) {
        markSeen(List.of(url), at);
    }

    /** {@link #markSeen(String, Instant)} for the pages of a chunk, in one statement. */
    public void markSeen(List<String> urls, Instant at) {
        if (urls.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE publication SET last_seen_at = :at WHERE url IN (:urls)")
                .param("at", Timestamps.of(at)).param("urls", urls).update();
    }

    /** The page answered 404 or 410: the row stays, flagged, until the page comes back. */
    public void markGone(String url, Instant at) {
        jdbc.sql("UPDATE publication SET gone_at = ? WHERE url = ? AND gone_at IS NULL")
                .params(Timestamps.of(at), url).update();
    }

    private long upsertRow(Publication p, Long venueId, Instant at) {
        Bibliographic d = p.details();
        Optional<Long> existing = jdbc.sql("SELECT id FROM publication WHERE url = ?").param(p.url())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            jdbc.sql("""
                            UPDATE publication SET
                                updated_at = CASE WHEN content_hash = ? THEN updated_at ELSE ? END,
                                title = ?, venue_id = ?, venue_as_stated = ?, publication_year = ?, published_on = ?,
                                abstract = ?, pdf_url = ?, doi = ?, content_hash = ?, last_seen_at = ?, gone_at = NULL,
                                publisher = ?, volume = ?, issue = ?, first_page = ?, issn = ?, language = ?
                            WHERE id = ?""")
                    .params(p.contentHash(), Timestamps.of(at), p.title(), venueId, p.venueAsStated(), p.year(),
                            p.date(), p.abstractText(), p.pdfUrl(), p.doi(), p.contentHash(), Timestamps.of(at),
                            d.publisher(), d.volume(), d.issue(), d.firstPage(), d.issn(), d.language(), existing.get())
                    .update();
            return existing.get();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO publication (url, title, venue_id, venue_as_stated, publication_year, published_on,
                            abstract, pdf_url, doi, content_hash, first_seen_at, last_seen_at, updated_at,
                            publisher, volume, issue, first_page, issn, language)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.url(), p.title(), venueId, p.venueAsStated(), p.year(), p.date(), p.abstractText(),
                        p.pdfUrl(), p.doi(), p.contentHash(), Timestamps.of(at), Timestamps.of(at), Timestamps.of(at),
                        d.publisher(), d.volume(), d.issue(), d.firstPage(), d.issn(), d.language())
                .update(key, "id");
        return key.getKey().longValue();
    }

    private long venueId(Venue venue, String asStated) {
        long id = dimensions.findOrInsert("SELECT id FROM venue WHERE venue_key = ?", venue.key(),
                "INSERT INTO venue (venue_key, acronym, name) VALUES (?, ?, ?)", venue.key(), venue.acronym(), venue.name());
        if (asStated != null && jdbc.sql("SELECT COUNT(*) FROM venue_alias WHERE alias = ?").param(asStated)
                .query(Integer.class).single() == 0) {
            InsertIfAbsent.insert(jdbc, "INSERT INTO venue_alias (alias, venue_id) VALUES (?, ?)", asStated, id);
        }
        return id;
    }
}
