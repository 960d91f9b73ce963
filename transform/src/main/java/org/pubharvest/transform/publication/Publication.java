package org.pubharvest.transform.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.pubharvest.transform.area.ResearchArea;
import org.pubharvest.transform.venue.Venue;

/**
 * A canonical publication, ready to load. Its natural key is the canonical page url.
 *
 * @param url           canonical page url
 * @param title         cleaned title
 * @param authors       cleaned author names, in order
 * @param venue         canonical venue, or null when the page names none
 * @param venueAsStated the venue as the page spelled it, kept for lineage
 * @param year          publication year
 * @param date          full publication date, or null when only the year is known
 * @param researchAreas research areas, without repeats
 * @param abstractText  abstract with paragraph breaks, or null
 * @param pdfUrl        PDF url, or null
 * @param doi           bare lower-case DOI, or null
 * @param contentHash   hash of the page it came from
 * @param fetchedAt     when that page was fetched
 * @param details       publisher, volume, issue, first page, ISSN and language as stated
 */
public record Publication(String url, String title, List<String> authors, Venue venue, String venueAsStated,
                          int year, LocalDate date, List<ResearchArea> researchAreas, String abstractText,
                          String pdfUrl, String doi, String contentHash, Instant fetchedAt,
                          Bibliographic details) {

    public Publication {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        authors = List.copyOf(authors);
        researchAreas = List.copyOf(researchAreas);
        details = details == null ? Bibliographic.NONE : details;
    }
}
