package org.pubharvest.config.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pubharvest.load.query.ColumnValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The warehouse's content, table by table, as sorted rows of text, leaving out columns that
 * legitimately move on every run (timestamps) and surrogate keys. Two runs that loaded the same
 * data compare equal, on H2 or PostgreSQL.
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

    /** Every other table and view, for comparing whole warehouses (one run may differ from another only in time). */
    private static final Map<String, String> MORE_CONTENT_QUERIES = new LinkedHashMap<>();

    static {
        MORE_CONTENT_QUERIES.put("publication gone", "SELECT url, gone_at IS NULL FROM publication");
        MORE_CONTENT_QUERIES.put("page validators", "SELECT url, etag, last_modified, extracted_hash FROM page");
        MORE_CONTENT_QUERIES.put("job_posting", """
                SELECT job_id, url, title, company, team, country, region, city, location_as_stated, location_problem,
                       posted_on, description, description_truncated, responsibilities, day_in_the_life, about_the_team,
                       basic_qualifications, preferred_qualifications, from_detail_page, closed_at IS NULL
                FROM job_posting""");
        MORE_CONTENT_QUERIES.put("job_posting_page", "SELECT page_url, job_id FROM job_posting_page");
        MORE_CONTENT_QUERIES.put("job_posting_event", "SELECT job_id, event FROM job_posting_event");
        MORE_CONTENT_QUERIES.put("ranking", """
                SELECT r.list_year, r.entry_key, r.list_url, r.list_rank, p.url, r.title, r.abstract, r.blog_url,
                       r.publication_url, r.award, r.venue_as_stated, r.link_method, r.link_score, r.link_reason
                FROM ranking r LEFT JOIN publication p ON p.id = r.publication_id""");
        MORE_CONTENT_QUERIES.put("blog_post", """
                SELECT b.url, b.title, b.subtitle, b.published_on, a.slug, b.paper_url, b.content_hash
                FROM blog_post b LEFT JOIN research_area a ON a.id = b.research_area_id""");
        MORE_CONTENT_QUERIES.put("blog_post_person", """
                SELECT b.url, p.person_role, p.person_position, a.name, p.name_as_stated
                FROM blog_post_person p JOIN blog_post b ON b.id = p.blog_post_id JOIN author a ON a.id = p.author_id""");
        MORE_CONTENT_QUERIES.put("frontier", "SELECT url, kind, state, reason FROM frontier");
        MORE_CONTENT_QUERIES.put("reject", "SELECT url, step, reason FROM reject");
        MORE_CONTENT_QUERIES.put("harvest_run", """
                SELECT job_name, status, discovered, loaded, unchanged, rejected, gone, failed, drift FROM harvest_run""");
        MORE_CONTENT_QUERIES.put("run_field_fill",
                "SELECT kind, field, pages, records, filled, records_per_page, fill_rate FROM run_field_fill");
        MORE_CONTENT_QUERIES.put("extract_page_fill", "SELECT url, kind, field, records, filled FROM extract_page_fill");
        MORE_CONTENT_QUERIES.put("batch_job_execution", "SELECT status, exit_code FROM batch_job_execution");
        for (String view : List.of("ranked_paper", "open_job_postings_by_location", "open_job_postings_by_team",
                "publications_per_year_by_research_area", "publications_per_year_by_venue", "top_authors",
                "ranked_papers_per_year")) {
            MORE_CONTENT_QUERIES.put(view, "SELECT * FROM " + view);
        }
        MORE_CONTENT_QUERIES.put("job_postings_per_week", "SELECT SUM(opened), SUM(closed) FROM job_postings_per_week");
    }

    private WarehouseSnapshot() {
    }

    /** The content a run loads: publications and their dimensions, and the page archive. */
    public static Map<String, List<String>> of(JdbcClient jdbc) {
        return snapshot(jdbc, CONTENT_QUERIES);
    }

    /** A completed run's field fill (see {@code run_field_fill}) by kind and field, whatever the run's id. */
    public static List<String> fieldFill(JdbcClient jdbc) {
        return snapshot(jdbc, Map.of("run_field_fill",
                "SELECT kind, field, pages, records, filled FROM run_field_fill")).get("run_field_fill");
    }

    /** Everything in the warehouse but time: every table and view, timestamps and ids left out. */
    public static Map<String, List<String>> everything(JdbcClient jdbc) {
        Map<String, List<String>> tables = snapshot(jdbc, CONTENT_QUERIES);
        tables.putAll(snapshot(jdbc, MORE_CONTENT_QUERIES));
        return tables;
    }

    /** Values as text the same way on H2 and PostgreSQL (their drivers' getString differ for booleans). */
    private static Map<String, List<String>> snapshot(JdbcClient jdbc, Map<String, String> queries) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        queries.forEach((table, sql) -> tables.put(table, jdbc.sql(sql)
                .query((rs, row) -> Arrays.stream(ColumnValues.of(rs).row()).map(ColumnValues::text)
                        .collect(Collectors.joining(" | ")))
                .list().stream().sorted().toList()));
        return tables;
    }
}
