package org.pubharvest.ingest.extract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pubharvest.ingest.metadata.MetadataSource;
import org.pubharvest.ingest.metadata.ResearchAreaLink;

/**
 * A publication as one page states it: strings as found (not yet normalized), each field taken
 * from the first source that has it, with the source kept per field for lineage.
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
 * @param sources       the source of each field that was found, by field name
 * @param problems      what could not be read (an unreadable JSON-LD block, say)
 */
public record ScrapedPublication(String url, Instant fetchedAt, String contentHash, String title,
                                 List<String> authors, String venue, String date, String abstractText,
                                 String pdfUrl, String doi, List<String> keywords,
                                 List<ResearchAreaLink> researchAreas, Map<String, MetadataSource> sources,
                                 List<String> problems) {

    public ScrapedPublication {
        Objects.requireNonNull(url, "url");
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        researchAreas = List.copyOf(researchAreas);
        sources = Map.copyOf(sources);
        problems = List.copyOf(problems);
    }
}
