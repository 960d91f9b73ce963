package org.pubharvest.ingest.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A most-read list as the page states it.
 *
 * @param url         canonical url of the list
 * @param fetchedAt   when the page was fetched
 * @param contentHash SHA-256 of the page body
 * @param listYear    the year the list ranks, read from the url; null when the url is not a list's
 * @param items       the entries in page order
 */
public record ScrapedRankingList(String url, Instant fetchedAt, String contentHash, Integer listYear,
                                 List<ScrapedRankingItem> items) {

    public ScrapedRankingList {
        Objects.requireNonNull(url, "url");
        items = List.copyOf(items);
    }
}
