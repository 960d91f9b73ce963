package org.pubharvest.transform.ranking;

import java.util.List;
import java.util.Objects;

/**
 * A yearly most-read list, normalized.
 *
 * @param url         the list's url
 * @param listYear    the year it ranks
 * @param contentHash SHA-256 of the page it was read from
 * @param entries     its entries in page order
 */
public record RankingList(String url, int listYear, String contentHash, List<RankingEntry> entries) {

    public RankingList {
        Objects.requireNonNull(url, "url");
        entries = List.copyOf(entries);
    }
}
