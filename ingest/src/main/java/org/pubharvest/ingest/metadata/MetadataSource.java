package org.pubharvest.ingest.metadata;

/**
 * The layers a field's value can come from, declared in order of precedence: standard metadata
 * first (what the publisher states for machines), then the site profile's selectors, then
 * OpenGraph, then the visible page read by its structure.
 */
public enum MetadataSource {
    /** Highwire / Google Scholar {@code citation_*} meta tags. */
    CITATION,
    /** bepress Digital Commons' {@code bepress_citation_*} meta tags. */
    BEPRESS,
    /** EPrints repositories' {@code eprints.*} meta tags. */
    EPRINTS,
    /** schema.org in {@code <script type="application/ld+json">}. */
    JSON_LD,
    /** schema.org as HTML microdata ({@code itemscope}, {@code itemprop}). */
    MICRODATA,
    /** RDFa attributes ({@code property}, {@code typeof}) with Dublin Core, schema.org, BIBO or PRISM terms. */
    RDFA,
    /** Dublin Core: {@code DC.*} and {@code DCTERMS.*} meta tags in any letter case. */
    DUBLIN_CORE,
    /** PRISM meta tags ({@code prism.doi}, {@code prism.publicationName}, ...). */
    PRISM,
    /** The site profile's CSS selectors over visible markup: hints for one site's templates. */
    PAGE_MARKUP,
    /** OpenGraph and {@code article:*} meta tags. */
    OPEN_GRAPH,
    /** The visible page read by structure and content: the last resort, never a reason to reject. */
    VISIBLE_PAGE
}
