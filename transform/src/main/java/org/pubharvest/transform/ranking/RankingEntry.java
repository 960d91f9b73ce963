package org.pubharvest.transform.ranking;

import java.util.Objects;

/**
 * One entry of a yearly most-read list, normalized.
 *
 * @param listUrl        the list's url
 * @param listYear       the year the list ranks
 * @param rank           the entry's rank in the list
 * @param entryKey       the entry's identity within the list, independent of its rank: the publication
 *                       url it links, else its blog url, else a fingerprint of its text; so a reordered
 *                       list updates ranks in place
 * @param title          the paper's title as the list gives it, or null
 * @param abstractText   the quoted abstract, or null
 * @param blogUrl        the blog post about the paper, or null
 * @param publicationUrl the publication page the list links, or null
 * @param venueAsStated  the venue the list names, or null
 * @param award          the award the list names, or null
 */
public record RankingEntry(String listUrl, int listYear, int rank, String entryKey, String title, String abstractText,
                           String blogUrl, String publicationUrl, String venueAsStated, String award) {

    public RankingEntry {
        Objects.requireNonNull(listUrl, "listUrl");
        Objects.requireNonNull(entryKey, "entryKey");
    }
}
