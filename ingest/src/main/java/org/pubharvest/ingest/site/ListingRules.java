package org.pubharvest.ingest.site;

/**
 * How listing pages lead to detail pages.
 *
 * @param startUrl         the unfiltered first listing page
 * @param yearFilterOption links of the year filter; their text is the year, their href the filtered
 *                         listing (filter values are CMS ids, so they are read, never built); null when
 *                         the listing has no year filter
 * @param nextPage         the link to the next listing page
 * @param detailLink       links to detail pages within the results
 */
public record ListingRules(String startUrl, String yearFilterOption, String nextPage, String detailLink) {

    public ListingRules {
        SiteProfile.requireText(startUrl, "start-url");
        Selectors.requireValidOrNull(yearFilterOption, "year-filter-option");
        Selectors.requireValid(nextPage, "next-page");
        Selectors.requireValid(detailLink, "detail-link");
    }
}
