package org.pubharvest.ingest.metadata;

import java.util.List;

/**
 * Publication fields as one source on a page states them: strings as found, any of them absent
 * (null, or an empty list).
 */
public record PartialPublication(MetadataSource source, String title, List<String> authors, String venue,
                                 String date, String abstractText, String pdfUrl, String doi,
                                 List<String> keywords, List<ResearchAreaLink> researchAreas) {

    public PartialPublication {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        researchAreas = researchAreas == null ? List.of() : List.copyOf(researchAreas);
    }

    public static PartialPublication empty(MetadataSource source) {
        return new PartialPublication(source, null, null, null, null, null, null, null, null, null);
    }
}
