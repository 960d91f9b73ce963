package org.pubharvest.config.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pubharvest.transform.area.ResearchArea;
import org.pubharvest.transform.job.JobPosting;
import org.pubharvest.transform.publication.Publication;
import org.pubharvest.transform.ranking.RankingEntry;

import tools.jackson.databind.json.JsonMapper;

/** Records as the one-line JSON objects that {@code extract} prints; field order is part of the format. */
final class RecordJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordJson() {
    }

    static String publication(Publication publication) {
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
        return JSON.writeValueAsString(fields);
    }

    static String job(JobPosting posting) {
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
        return JSON.writeValueAsString(fields);
    }

    static String ranking(RankingEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "ranking");
        fields.put("listYear", entry.listYear());
        fields.put("rank", entry.rank());
        fields.put("title", entry.title());
        fields.put("abstract", entry.abstractText());
        fields.put("blogUrl", entry.blogUrl());
        fields.put("publicationUrl", entry.publicationUrl());
        return JSON.writeValueAsString(fields);
    }
}
