package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Document;

/** Highwire / Google Scholar tags: the metadata most scholarly sites carry. */
public final class CitationTagReader {

    public PartialPublication read(Document document) {
        return new PartialPublication(MetadataSource.CITATION,
                MetaTags.first(document, "citation_title"),
                authors(document),
                MetaTags.first(document, "citation_conference_title", "citation_journal_title"),
                MetaTags.first(document, "citation_publication_date", "citation_date", "citation_online_date"),
                MetaTags.first(document, "citation_abstract"),
                MetaTags.first(document, "citation_pdf_url"),
                MetaTags.first(document, "citation_doi"),
                splitList(MetaTags.all(document, "citation_keywords")),
                List.of());
    }

    /** One tag per author; the older {@code citation_authors} packs them with semicolons. */
    private static List<String> authors(Document document) {
        List<String> authors = MetaTags.all(document, "citation_author");
        if (!authors.isEmpty()) {
            return authors;
        }
        return splitOn(MetaTags.all(document, "citation_authors"), ";");
    }

    private static List<String> splitList(List<String> values) {
        return splitOn(values, "[;,]");
    }

    private static List<String> splitOn(List<String> values, String separator) {
        List<String> parts = new ArrayList<>();
        for (String value : values) {
            Arrays.stream(value.split(separator)).map(String::trim).filter(part -> !part.isEmpty()).forEach(parts::add);
        }
        return parts;
    }
}
