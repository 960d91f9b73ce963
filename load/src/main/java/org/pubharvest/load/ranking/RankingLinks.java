package org.pubharvest.load.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.transform.ranking.LinkDecision;
import org.pubharvest.transform.ranking.PublicationText;
import org.pubharvest.transform.ranking.RankingEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What linking ranking entries to publications reads from the warehouse, and where it writes its decisions. */
public final class RankingLinks {

    private final JdbcClient jdbc;

    public RankingLinks(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    public List<StoredEntry> entries() {
        return jdbc.sql("""
                        SELECT r.id, r.list_url, r.list_year, r.list_rank, r.entry_key, r.title, r.abstract, r.blog_url,
                               r.publication_url, r.venue_as_stated, r.award, p.url AS linked_url, r.link_reason
                        FROM ranking r LEFT JOIN publication p ON p.id = r.publication_id
                        ORDER BY r.list_year, r.list_rank, r.id""")
                .query((rs, row) -> new StoredEntry(rs.getLong("id"), new RankingEntry(rs.getString("list_url"),
                        rs.getInt("list_year"), rs.getInt("list_rank"), rs.getString("entry_key"), rs.getString("title"),
                        rs.getString("abstract"), rs.getString("blog_url"), rs.getString("publication_url"),
                        rs.getString("venue_as_stated"), rs.getString("award")),
                        rs.getString("linked_url"), rs.getString("link_reason")))
                .list();
    }

    public List<PublicationText> publications() {
        return jdbc.sql("SELECT url, title, abstract FROM publication ORDER BY url")
                .query((rs, row) -> new PublicationText(rs.getString("url"), rs.getString("title"), rs.getString("abstract")))
                .list();
    }

    /** The publication page each harvested blog post links, by the post's url. */
    public Map<String, String> blogPaperUrls() {
        Map<String, String> byPost = new HashMap<>();
        jdbc.sql("SELECT url, paper_url FROM blog_post WHERE paper_url IS NOT NULL")
                .query((rs, row) -> byPost.put(rs.getString("url"), rs.getString("paper_url"))).list();
        return byPost;
    }

    /** Stores a decision; a row whose link and reason are already these is left as it is. */
    public boolean record(StoredEntry stored, LinkDecision decision) {
        String url = null;
        String method = null;
        Double score = null;
        String reason;
        if (decision instanceof LinkDecision.Linked linked) {
            url = linked.publicationUrl();
            method = linked.method().stored();
            score = linked.score();
            reason = linked.evidence();
        } else {
            LinkDecision.Unlinked unlinked = (LinkDecision.Unlinked) decision;
            score = unlinked.bestScore();
            reason = unlinked.reason();
        }
        if (Objects.equals(url, stored.publicationUrl()) && Objects.equals(reason, stored.linkReason())) {
            return false;
        }
        jdbc.sql("""
                        UPDATE ranking SET publication_id = (SELECT id FROM publication WHERE url = ?),
                            link_method = ?, link_score = ?, link_reason = ?
                        WHERE id = ?""")
                .params(url, method, score, reason, stored.id())
                .update();
        return true;
    }
}
