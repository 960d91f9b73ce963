package org.pubharvest.config.bench;

import java.util.regex.Pattern;

/**
 * Listing pages of the synthetic site, cut from the bundled listing page: its head, navigation,
 * filters and footer stay; the year filter, the results and the pagination are the synthetic
 * site's, with plain-path links. The other filters' query links point at the filter page instead,
 * so that the site needs no query strings.
 */
final class ListingPages {

    private static final String BUNDLED_URL = "https://www.amazon.science/publications?f1=0000017b-3b6c-d5f6-a3ff-3ffe69a60000";
    private static final Pattern QUERY_LINK = Pattern.compile("href=\"/publications\\?[^\"]*\"");

    private final PublicationTemplates templates;
    private final String head;
    private final String otherFilters;
    private final String footer;

    ListingPages(PublicationTemplates templates) {
        this.templates = templates;
        String listing = templates.listing();
        int yearFilter = indexOf(listing, "<div class=\"SearchFilter\" data-filter-name=\"year\">");
        int conferenceFilter = indexOf(listing, "<div class=\"SearchFilter\" data-filter-name=\"conference\">");
        int count = indexOf(listing, "<div class=\"SearchResultsModule-count\">");
        this.head = listing.substring(0, yearFilter);
        this.otherFilters = QUERY_LINK.matcher(listing.substring(conferenceFilter, count)).replaceAll("href=\"/publications\"");
        this.footer = listing.substring(indexOf(listing, "</main>"));
    }

    /** Page {@code page} (1-based) of the listing of {@code publications} pages; the start page is page 1 at another path. */
    String page(String path, int page, int publications) {
        int pages = SiteLayout.listingPages(publications);
        int first = (page - 1) * SiteLayout.PAGE_SIZE;
        int last = Math.min(publications, first + SiteLayout.PAGE_SIZE);
        StringBuilder html = new StringBuilder(32_768);
        html.append(QUERY_LINK.matcher(head.replace(BUNDLED_URL, SiteLayout.CANONICAL_BASE + path))
                .replaceAll("href=\"/publications\""));
        html.append("<div class=\"SearchFilter\" data-filter-name=\"year\"><h3 class=\"SearchFilter-heading\">Year</h3><ul>\n")
                .append("      <li><a class=\"SearchFilter-option is-selected\" href=\"")
                .append(SiteLayout.listingPath(PublicationTemplates.YEAR, 1)).append("\" aria-current=\"true\">")
                .append(PublicationTemplates.YEAR).append("</a></li>\n    </ul></div>\n    ");
        html.append(otherFilters);
        html.append("<div class=\"SearchResultsModule-count\">Showing ").append(first + 1).append('-').append(last)
                .append(" of ").append(publications).append(" results</div>\n  <ul class=\"SearchResultsModule-results\">\n");
        for (int number = first; number < last; number++) {
            PublicationTemplate template = templates.forPage(number);
            html.append("    <li class=\"SearchResultsModule-results-item\"><div class=\"PromoPublication\">\n")
                    .append("      <h3 class=\"PromoPublication-title\"><a class=\"Link\" href=\"").append(SiteLayout.CANONICAL_BASE)
                    .append(SiteLayout.publicationPath(template, number)).append("\">").append(SiteLayout.title(template, number))
                    .append("</a></h3>\n    </div></li>\n");
        }
        html.append("  </ul>\n  <nav class=\"Pagination\"><span class=\"Pagination-page\">Page ").append(page).append(" of ")
                .append(pages).append("</span>");
        if (page < pages) {
            html.append("<a class=\"Pagination-next\" href=\"").append(SiteLayout.listingPath(PublicationTemplates.YEAR, page + 1))
                    .append("\">Next</a>");
        }
        return html.append("</nav>\n</div>\n").append(footer).toString();
    }

    private static int indexOf(String text, String marker) {
        int index = text.indexOf(marker);
        if (index < 0) {
            throw new IllegalStateException("the bundled listing page no longer has " + marker);
        }
        return index;
    }
}
