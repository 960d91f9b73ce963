package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;

/**
 * Dublin Core in meta tags: {@code DC.title}, {@code DC.creator} (one tag per author),
 * {@code DC.date} / {@code DCTERMS.issued}, {@code DC.description} / {@code DCTERMS.abstract},
 * {@code DC.identifier} (a DOI among them), {@code DC.subject}, {@code DC.source} or
 * {@code DCTERMS.isPartOf} for the venue. Names are matched case-insensitively, and the
 * lower-case {@code dc.} and {@code dcterms.} spellings are common.
 */
public final class DublinCoreReader {

    public PartialPublication read(Document document) {
        return new PartialPublication(MetadataSource.DUBLIN_CORE,
                MetaTags.first(document, "DC.title", "DCTERMS.title"),
                MetaTags.all(document, "DC.creator").isEmpty()
                        ? MetaTags.all(document, "DCTERMS.creator") : MetaTags.all(document, "DC.creator"),
                MetaTags.first(document, "DCTERMS.isPartOf", "DC.source", "DCTERMS.bibliographicCitation"),
                MetaTags.first(document, "DCTERMS.issued", "DC.date", "DCTERMS.date", "DC.date.issued"),
                MetaTags.first(document, "DCTERMS.abstract", "DC.description", "DCTERMS.description"),
                null,
                doi(MetaTags.all(document, "DC.identifier")),
                subjects(document),
                null);
    }

    /** The identifier that is a DOI ("doi:10.…", "https://doi.org/10.…" or bare "10.…"); others are urls, ISBNs… */
    private static String doi(List<String> identifiers) {
        for (String identifier : identifiers) {
            String lower = identifier.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("10.") || lower.startsWith("doi:") || lower.contains("doi.org/10.")) {
                return identifier;
            }
        }
        return null;
    }

    private static List<String> subjects(Document document) {
        List<String> subjects = new ArrayList<>();
        for (String subject : MetaTags.all(document, "DC.subject")) {
            for (String part : subject.split(";")) {
                if (!part.isBlank()) {
                    subjects.add(part.trim());
                }
            }
        }
        return subjects;
    }
}
