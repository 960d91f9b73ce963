package org.pubharvest.transform.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.ranking.ScrapedRankingItem;
import org.pubharvest.ingest.ranking.ScrapedRankingList;

/** Entry keys that do not depend on rank, and the lists that are rejected. */
class RankingListNormalizerTest {

    private static final String LIST = "https://www.amazon.science/latest-news/the-10-most-read-research-papers-of-2021";
    private final RankingListNormalizer normalizer = new RankingListNormalizer();

    @Test
    void anEntryKeepsItsKeyWhenItMovesAndIsKeyedByLinkElseByFoldedText() {
        ScrapedRankingItem linked = new ScrapedRankingItem(1, null, "A.", null, "https://www.amazon.science/publications/a",
                null, null, null);
        ScrapedRankingItem quoted = new ScrapedRankingItem(2, null, "Some  “quoted” text.", null, null, null, null, null);
        ScrapedRankingItem movedAndRespaced = new ScrapedRankingItem(1, null, "Some \"quoted\" text", null, null, null, null, null);

        List<RankingEntry> before = accepted(List.of(linked, quoted)).entries();
        List<RankingEntry> after = accepted(List.of(movedAndRespaced, new ScrapedRankingItem(2, null, "B.", null,
                "https://www.amazon.science/publications/a", null, null, null))).entries();

        assertThat(before.get(0).entryKey()).isEqualTo("https://www.amazon.science/publications/a");
        assertThat(before.get(1).entryKey()).startsWith("text:").isEqualTo(after.get(0).entryKey());
        assertThat(after.get(0).rank()).isEqualTo(1);
        assertThat(before.get(1).abstractText()).isEqualTo("Some “quoted” text.");
    }

    @Test
    void twoEntriesNamingOnePaperGetTwoKeys() {
        ScrapedRankingItem twice = new ScrapedRankingItem(1, null, null, "https://www.amazon.science/blog/x", null, null, null, null);

        assertThat(accepted(List.of(twice, twice)).entries()).extracting(RankingEntry::entryKey)
                .containsExactly("https://www.amazon.science/blog/x", "https://www.amazon.science/blog/x#2");
    }

    @Test
    void aPageThatIsNotAListOrHasNoEntriesIsRejectedWithTheReason() {
        assertThat(normalizer.normalize(new ScrapedRankingList("https://www.amazon.science/latest-news/x", Instant.EPOCH,
                "hash", null, List.of()))).isEqualTo(new NormalizedRankingList.Rejected(
                "https://www.amazon.science/latest-news/x", "not the url of a most-read list"));
        assertThat(normalizer.normalize(new ScrapedRankingList(LIST, Instant.EPOCH, "hash", 2021, List.of())))
                .isEqualTo(new NormalizedRankingList.Rejected(LIST, "no ranked entries on the page"));
    }

    private RankingList accepted(List<ScrapedRankingItem> items) {
        return ((NormalizedRankingList.Accepted) normalizer.normalize(
                new ScrapedRankingList(LIST, Instant.EPOCH, "hash", 2021, items))).list();
    }
}
