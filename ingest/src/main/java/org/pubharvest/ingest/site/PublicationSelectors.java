package org.pubharvest.ingest.site;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CSS selectors for publication fields that standard metadata leaves empty. A null selector
 * means the site does not show that field.
 */
public record PublicationSelectors(String title, String authors, String venue, String date, String researchAreas,
                                   @JsonProperty("abstract") String abstractText, String pdfUrl) {

    public PublicationSelectors {
        Selectors.requireValidOrNull(title, "title");
        Selectors.requireValidOrNull(authors, "authors");
        Selectors.requireValidOrNull(venue, "venue");
        Selectors.requireValidOrNull(date, "date");
        Selectors.requireValidOrNull(researchAreas, "research-areas");
        Selectors.requireValidOrNull(abstractText, "abstract");
        Selectors.requireValidOrNull(pdfUrl, "pdf-url");
    }
}
