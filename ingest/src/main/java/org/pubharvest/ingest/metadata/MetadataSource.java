package org.pubharvest.ingest.metadata;

/** Where a field's value was read from, kept for lineage. Declared in order of precedence. */
public enum MetadataSource {
    /** Highwire / Google Scholar {@code citation_*} meta tags. */
    CITATION,
    /** schema.org in {@code <script type="application/ld+json">}. */
    JSON_LD,
    /** Dublin Core: {@code DC.*} and {@code DCTERMS.*} meta tags, as repositories and library sites write them. */
    DUBLIN_CORE,
    /** The site profile's CSS selectors over visible markup. */
    PAGE_MARKUP,
    /** OpenGraph and {@code article:*} meta tags: a last resort for titles and dates. */
    OPEN_GRAPH
}
