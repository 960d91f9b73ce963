package org.pubharvest.load.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.load.Dimensions;
import org.pubharvest.load.StoredRows;
import org.pubharvest.load.Timestamps;
import org.pubharvest.transform.blog.BlogPost;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotent upserts of blog posts on their url, with the people they name (as {@code author} rows,
 * shared with publications). Call within a transaction (a chunk's).
 */
public final class BlogPostWriter {

    static final String POST_AUTHOR = "post-author";
    static final String PAPER_AUTHOR = "paper-author";

    private final JdbcClient jdbc;
    private final Dimensions dimensions;

    public BlogPostWriter(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.dimensions = new Dimensions(jdbc);
    }

    public void upsert(BlogPost post, Instant at) {
        Long areaId = post.researchArea() == null ? null : dimensions.researchAreaId(post.researchArea());
        Optional<Long> existing = jdbc.sql("SELECT id FROM blog_post WHERE url = ?").param(post.url())
                .query(Long.class).optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("""
                            UPDATE blog_post SET
                                updated_at = CASE WHEN content_hash = ? THEN updated_at ELSE ? END,
                                title = ?, subtitle = ?, published_on = ?, research_area_id = ?, paper_url = ?,
                                content_hash = ?, last_seen_at = ?
                            WHERE id = ?""")
                    .params(post.contentHash(), Timestamps.of(at), post.title(), post.subtitle(), post.date(), areaId,
                            post.paperUrl(), post.contentHash(), Timestamps.of(at), id)
                    .update();
        } else {
            id = dimensions.findOrInsert("SELECT id FROM blog_post WHERE url = ?", post.url(), """
                            INSERT INTO blog_post (url, title, subtitle, published_on, research_area_id, paper_url,
                                content_hash, first_seen_at, last_seen_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    post.url(), post.title(), post.subtitle(), post.date(), areaId, post.paperUrl(), post.contentHash(),
                    Timestamps.of(at), Timestamps.of(at), Timestamps.of(at));
        }
        jdbc.sql("DELETE FROM blog_post_person WHERE blog_post_id = ?").param(id).update();
        insertPeople(id, POST_AUTHOR, post.authors());
        insertPeople(id, PAPER_AUTHOR, post.paperAuthors());
    }

    /** The post with the people it names, as the warehouse holds them, timestamps left out. */
    public String storedContent(String url) {
        return String.join("\n",
                StoredRows.of(jdbc, """
                        SELECT b.title, b.subtitle, b.published_on, a.slug, b.paper_url, b.content_hash
                        FROM blog_post b LEFT JOIN research_area a ON a.id = b.research_area_id WHERE b.url = ?""", url),
                StoredRows.of(jdbc, """
                        SELECT p.person_role, p.person_position, p.name_as_stated FROM blog_post_person p
                        JOIN blog_post b ON b.id = p.blog_post_id WHERE b.url = ?
                        ORDER BY p.person_role, p.person_position""", url));
    }

    /** A run found the post unchanged. */
    public void markSeen(String url, Instant at) {
        jdbc.sql("UPDATE blog_post SET last_seen_at = ? WHERE url = ?").params(Timestamps.of(at), url).update();
    }

    private void insertPeople(long postId, String role, List<String> names) {
        for (int position = 0; position < names.size(); position++) {
            jdbc.sql("""
                            INSERT INTO blog_post_person (blog_post_id, person_role, person_position, author_id, name_as_stated)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(postId, role, position + 1, dimensions.authorId(names.get(position)), names.get(position))
                    .update();
        }
    }
}
