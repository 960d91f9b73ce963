package org.pubharvest.transform.ranking;

/** The outcome of normalizing one most-read list: a list to load, or a reason not to. */
public sealed interface NormalizedRankingList {

    record Accepted(RankingList list) implements NormalizedRankingList {
    }

    record Rejected(String url, String reason) implements NormalizedRankingList {
    }
}
