package org.pubharvest.config.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pubharvest.transform.area.ResearchArea;
import org.pubharvest.transform.blog.BlogPost;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.publication.Publication;
import org.pubharvest.transform.ranking.RankingEntry;

import tools.jackson.databind.json.JsonMapper;

/** Records as the one-line JSON objects that {@code extract} prints; field order is part of the format. */
final class RecordJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordJson() {
    }

    static String line(Map<String, Object> record) {
        return JSON.writeValueAsString(record);
    }

    /** @param sources where each field was read, for {@code --explain}; null leaves them out */
    static Map<String, Object> publication(Publication publication, Map<String, String> sources) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "publication");
        fields.put("url", publication.url());
        fields.put("title", publication.title());
        fields.put("authors", publication.authors());
        fields.put("venue", publication.venue() == null ? null : publication.venue().name());
        fields.put("venueAcronym", publication.venue() == null ? null : publication.venue().acronym());
        fields.put("year", publication.year());
        fields.put("date", publication.date() == null ? null : publication.date().toString());
        fields.put("researchAreas", publication.researchAreas().stream().map(ResearchArea::slug).toList());
        fields.put("abstract", publication.abstractText());
        fields.put("pdfUrl", publication.pdfUrl());
        fields.put("doi", publication.doi());
        fields.put("publisher", publication.details().publisher());
        fields.put("volume", publication.details().volume());
        fields.put("issue", publication.details().issue());
        fields.put("firstPage", publication.details().firstPage());
        fields.put("issn", publication.details().issn());
        fields.put("language", publication.details().language());
        if (sources != null) {
            fields.put("sources", new LinkedHashMap<>(sources));
        }
        return fields;
    }

    static Map<String, Object> job(JobPosting posting) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "job");
        fields.put("url", posting.url());
        fields.put("jobId", posting.jobId());
        fields.put("title", posting.title());
        fields.put("country", posting.location() == null ? null : posting.location().country());
        fields.put("region", posting.location() == null ? null : posting.location().region());
        fields.put("city", posting.location() == null ? null : posting.location().city());
        fields.put("team", posting.team());
        fields.put("postedDate", posting.postedDate() == null ? null : posting.postedDate().toString());
        fields.put("description", posting.description());
        return fields;
    }

    static Map<String, Object> ranking(RankingEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "ranking");
        fields.put("listYear", entry.listYear());
        fields.put("rank", entry.rank());
        fields.put("title", entry.title());
        fields.put("abstract", entry.abstractText());
        fields.put("blogUrl", entry.blogUrl());
        fields.put("publicationUrl", entry.publicationUrl());
        return fields;
    }

    static Map<String, Object> blogPost(BlogPost post) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "blog-post");
        fields.put("url", post.url());
        fields.put("title", post.title());
        fields.put("authors", post.authors());
        fields.put("date", post.date() == null ? null : post.date().toString());
        fields.put("researchArea", post.researchArea() == null ? null : post.researchArea().slug());
        fields.put("paperUrl", post.paperUrl());
        return fields;
    }
}
