package org.pubharvest.load.ranking;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.pubharvest.load.StoredRows;
import org.pubharvest.load.Timestamps;
import org.pubharvest.transform.ranking.RankingEntry;
import org.pubharvest.transform.ranking.RankingList;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotent upserts of a yearly list's entries on their natural key (list year, entry key), so a
 * reordered list moves ranks in place. The page is the whole list: an entry it no longer holds is
 * deleted. Links are left to {@link RankingLinks}, which the reconcile step runs after extraction.
 * Call within a transaction (a chunk's).
 */
public final class RankingWriter {

    static final String NOT_LINKED_YET = "not linked yet: linking runs after extraction";

    private final JdbcClient jdbc;

    public RankingWriter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    public void upsert(RankingList list, Instant at) {
        Set<String> keys = new HashSet<>();
        for (RankingEntry entry : list.entries()) {
            keys.add(entry.entryKey());
            Optional<Long> existing = jdbc.sql("SELECT id FROM ranking WHERE list_year = ? AND entry_key = ?")
                    .params(entry.listYear(), entry.entryKey()).query(Long.class).optional();
            if (existing.isPresent()) {
                jdbc.sql("""
                                UPDATE ranking SET list_url = ?, list_rank = ?, title = ?, abstract = ?, blog_url = ?,
                                    publication_url = ?, award = ?, venue_as_stated = ?, last_seen_at = ?
                                WHERE id = ?""")
                        .params(entry.listUrl(), entry.rank(), entry.title(), entry.abstractText(), entry.blogUrl(),
                                entry.publicationUrl(), entry.award(), entry.venueAsStated(), Timestamps.of(at),
                                existing.get())
                        .update();
            } else {
                jdbc.sql("""
                                INSERT INTO ranking (list_year, entry_key, list_url, list_rank, title, abstract, blog_url,
                                    publication_url, award, venue_as_stated, link_reason, first_seen_at, last_seen_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(entry.listYear(), entry.entryKey(), entry.listUrl(), entry.rank(), entry.title(),
                                entry.abstractText(), entry.blogUrl(), entry.publicationUrl(), entry.award(),
                                entry.venueAsStated(), NOT_LINKED_YET, Timestamps.of(at), Timestamps.of(at))
                        .update();
            }
        }
        List<String> stored = jdbc.sql("SELECT entry_key FROM ranking WHERE list_year = ?").param(list.listYear())
                .query(String.class).list();
        for (String key : stored) {
            if (!keys.contains(key)) {
                jdbc.sql("DELETE FROM ranking WHERE list_year = ? AND entry_key = ?").params(list.listYear(), key).update();
            }
        }
    }

    /** The list's entries as the warehouse holds them, without timestamps or links (the reconcile step's). */
    public String storedContent(String listUrl) {
        return StoredRows.of(jdbc, """
                SELECT list_year, entry_key, list_rank, title, abstract, blog_url, publication_url, award, venue_as_stated
                FROM ranking WHERE list_url = ? ORDER BY list_year, entry_key""", listUrl);
    }

    /** A run found the list unchanged. */
    public void markSeen(String listUrl, Instant at) {
        jdbc.sql("UPDATE ranking SET last_seen_at = ? WHERE list_url = ?").params(Timestamps.of(at), listUrl).update();
    }
}
