package org.pubharvest.ingest.extract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.ingest.metadata.ResearchAreaLink;

/**
 * A publication as one page states it: strings as found (not yet normalized), each field taken
 * from the first layer that has it, with where it was read kept per field for lineage.
 *
 * @param url           canonical url of the page
 * @param fetchedAt     when the page was fetched
 * @param contentHash   SHA-256 of the page body
 * @param title         title, or null
 * @param authors       author names in page order
 * @param venue         venue as stated (acronym and year, or a full proceedings name), or null
 * @param date          date as stated ("2021/10/26", "October 26, 2021", "2021"), or null
 * @param abstractText  abstract, or null
 * @param pdfUrl        absolute url of the PDF, or null
 * @param doi           DOI as stated (bare, doi: or doi.org form), or null
 * @param keywords      keywords from metadata
 * @param researchAreas research-area tags
 * @param details       the bibliographic details beside the venue (publisher, volume, ...)
 * @param venueMentions every other way the page names the venue ("ICWSM 2024", a journal
 *                      abbreviation, a conference url slug), for the acronym a full name lacks
 * @param sources       where each field that was found was read ({@code citation_title},
 *                      {@code json-ld:headline}, {@code selector:h1}, ...), by field name
 * @param problems      what could not be read (an unreadable JSON-LD block, say)
 */
public record ScrapedPublication(String url, Instant fetchedAt, String contentHash, String title,
                                 List<String> authors, String venue, String date, String abstractText,
                                 String pdfUrl, String doi, List<String> keywords,
                                 List<ResearchAreaLink> researchAreas, BibliographicDetails details,
                                 List<String> venueMentions, Map<String, String> sources, List<String> problems) {

    public ScrapedPublication {
        Objects.requireNonNull(url, "url");
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        researchAreas = List.copyOf(researchAreas);
        details = details == null ? BibliographicDetails.NONE : details;
        venueMentions = List.copyOf(venueMentions);
        // In field order, as --explain prints them.
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        problems = List.copyOf(problems);
    }

    /**
     * Where in its venue a publication appeared, as stated; any of them null.
     *
     * @param publisher the publisher
     * @param volume    the volume
     * @param issue     the issue
     * @param firstPage the first page (or article number)
     * @param issn      an ISSN of the journal
     * @param language  the language code or name
     */
    public record BibliographicDetails(String publisher, String volume, String issue, String firstPage, String issn,
                                       String language) {

        public static final BibliographicDetails NONE = new BibliographicDetails(null, null, null, null, null, null);
    }
}
