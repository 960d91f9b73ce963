package org.pubharvest.ingest.discover;

import java.util.List;
import java.util.Map;

/**
 * What one listing page offers.
 *
 * @param detailUrls     canonical urls of detail pages, in page order, without repeats
 * @param nextPageUrl    the next listing page, or null on the last one
 * @param yearFilterUrls filtered listing url by year label, as the page's filter offers them
 * @param teasers        by detail url, a digest of what the listing shows of it (its entry's text); a url
 *                       whose entry cannot be told apart from the page has none
 */
public record ListingPage(List<String> detailUrls, String nextPageUrl, Map<String, String> yearFilterUrls,
                          Map<String, String> teasers) {

    public ListingPage {
        detailUrls = List.copyOf(detailUrls);
        yearFilterUrls = Map.copyOf(yearFilterUrls);
        teasers = Map.copyOf(teasers);
    }

    /** The teaser digest of a detail url, or null. */
    public String teaserOf(String detailUrl) {
        return teasers.get(detailUrl);
    }
}
