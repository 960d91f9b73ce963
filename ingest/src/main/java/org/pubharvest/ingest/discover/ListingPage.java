package org.pubharvest.ingest.discover;

import java.util.List;
import java.util.Map;

/**
 * What one listing page offers.
 *
 * @param detailUrls     canonical urls of detail pages, in page order, without repeats
 * @param nextPageUrl    the next listing page, or null on the last one
 * @param yearFilterUrls filtered listing url by year label, as the page's filter offers them
 */
public record ListingPage(List<String> detailUrls, String nextPageUrl, Map<String, String> yearFilterUrls) {

    public ListingPage {
        detailUrls = List.copyOf(detailUrls);
        yearFilterUrls = Map.copyOf(yearFilterUrls);
    }
}
