package org.pubharvest.load.ranking;

import org.pubharvest.transform.ranking.RankingEntry;

/**
 * A ranking row as linking reads it.
 *
 * @param id             the row's id
 * @param entry          the entry
 * @param publicationUrl the publication it is linked to now, or null
 * @param linkReason     the reason stored with its link (or lack of one)
 */
public record StoredEntry(long id, RankingEntry entry, String publicationUrl, String linkReason) {
}
