package org.pubharvest.config.job;

import java.util.List;

import org.pubharvest.load.frontier.FrontierUrl;

/**
 * What one listing page leads to.
 *
 * @param urls           pages to harvest, with their kinds, in page order (the listing page itself
 *                       when it bears records, such as job cards)
 * @param nextListingUrl the next listing page, or null on the last one
 */
public record ListingStep(List<FrontierUrl> urls, String nextListingUrl) {

    public ListingStep {
        urls = List.copyOf(urls);
    }
}
