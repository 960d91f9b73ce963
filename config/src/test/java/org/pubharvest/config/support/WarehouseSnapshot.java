package org.pubharvest.config.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The warehouse's content, table by table, as sorted rows of text, leaving out columns that
 * legitimately move on every run (timestamps). Two runs that loaded the same data compare equal.
 */
public final class WarehouseSnapshot {

    private static final Map<String, String> CONTENT_QUERIES = new LinkedHashMap<>();

    static {
        CONTENT_QUERIES.put("publication", """
                SELECT p.url, p.title, v.venue_key, p.venue_as_stated, p.publication_year, p.published_on,
                       p.abstract, p.pdf_url, p.doi, p.content_hash
                FROM publication p LEFT JOIN venue v ON v.id = p.venue_id""");
        CONTENT_QUERIES.put("publication_author", """
                SELECT p.url, pa.author_position, a.name, pa.name_as_stated
                FROM publication_author pa JOIN publication p ON p.id = pa.publication_id
                JOIN author a ON a.id = pa.author_id""");
        CONTENT_QUERIES.put("publication_research_area", """
                SELECT p.url, r.slug FROM publication_research_area pr
                JOIN publication p ON p.id = pr.publication_id JOIN research_area r ON r.id = pr.research_area_id""");
        CONTENT_QUERIES.put("author", "SELECT name, profile_url FROM author");
        CONTENT_QUERIES.put("venue", "SELECT venue_key, acronym, name FROM venue");
        CONTENT_QUERIES.put("venue_alias", "SELECT a.alias, v.venue_key FROM venue_alias a JOIN venue v ON v.id = a.venue_id");
        CONTENT_QUERIES.put("research_area", "SELECT slug, name FROM research_area");
        CONTENT_QUERIES.put("page", "SELECT url, http_status, content_type, content_hash, body_bytes FROM page");
    }

    private WarehouseSnapshot() {
    }

    public static Map<String, List<String>> of(JdbcClient jdbc) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        CONTENT_QUERIES.forEach((table, sql) -> tables.put(table, jdbc.sql(sql)
                .query((rs, row) -> {
                    StringBuilder line = new StringBuilder();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        line.append(column > 1 ? " | " : "").append(rs.getString(column));
                    }
                    return line.toString();
                })
                .list().stream().sorted().toList()));
        return tables;
    }
}
