package org.pubharvest.ingest.metadata;

/**
 * The fields of a publication that a page can state. {@link #key()} is the field's name in
 * {@code extract}'s output and in the lineage of each record ({@code sources}).
 */
public enum PublicationField {
    TITLE("title"),
    AUTHORS("authors"),
    VENUE("venue"),
    DATE("date"),
    ABSTRACT("abstract"),
    PDF_URL("pdfUrl"),
    DOI("doi"),
    KEYWORDS("keywords"),
    RESEARCH_AREAS("researchAreas"),
    PUBLISHER("publisher"),
    VOLUME("volume"),
    ISSUE("issue"),
    FIRST_PAGE("firstPage"),
    ISSN("issn"),
    LANGUAGE("language");

    private final String key;

    PublicationField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
