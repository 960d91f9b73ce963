package org.pubharvest.transform.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The order of evidence, and the reasons an entry stays unlinked. */
class RankingLinkerTest {

    private static final String LIST = "https://www.amazon.science/latest-news/the-10-most-read-research-papers-of-2020";
    private static final String A = "https://www.amazon.science/publications/a";
    private static final String B = "https://www.amazon.science/publications/b";
    private static final String GONE = "https://www.amazon.science/publications/not-harvested";
    private static final String ABSTRACT_A = "Packages arrive at sortation stations in dense, overlapping piles that "
            + "must be separated into single items before scanning.";
    private static final String ABSTRACT_B = "Bosonic qubits such as cat qubits exhibit strongly biased noise, which "
            + "can be exploited by tailored error-correcting codes.";

    private final RankingLinker linker = new RankingLinker(List.of(
            new PublicationText(A, "Learning to singulate packages", ABSTRACT_A),
            new PublicationText(B, "Benchmarking codes with bosonic qubits", ABSTRACT_B)));

    @Test
    void theListsOwnLinkWinsEvenOverTextThatPointsElsewhere() {
        LinkDecision decision = linker.link(entry(B, null, ABSTRACT_A, null), A);

        assertThat(decision).isEqualTo(new LinkDecision.Linked(B, LinkMethod.PUBLICATION_LINK, null,
                "the list links the publication page"));
    }

    @Test
    void aLinkToAPageNotHarvestedFallsThroughToTheBlogPostThenToText() {
        assertThat(linker.link(entry(GONE, "https://www.amazon.science/blog/x", null, null), B))
                .isInstanceOfSatisfying(LinkDecision.Linked.class, linked -> {
                    assertThat(linked.publicationUrl()).isEqualTo(B);
                    assertThat(linked.method()).isEqualTo(LinkMethod.BLOG_POST_LINK);
                });
        assertThat(linker.link(entry(GONE, null, ABSTRACT_A, null), GONE))
                .isInstanceOfSatisfying(LinkDecision.Linked.class, linked -> {
                    assertThat(linked.publicationUrl()).isEqualTo(A);
                    assertThat(linked.method()).isEqualTo(LinkMethod.TEXT_MATCH);
                    assertThat(linked.score()).isEqualTo(1.0);
                });
    }

    @Test
    void aTitleAloneLinksWhenThePublicationHasNoAbstractToCompare() {
        RankingLinker withoutAbstracts = new RankingLinker(List.of(new PublicationText(A, "Learning to singulate packages", null)));

        assertThat(withoutAbstracts.link(entry(null, null, "Something the page does not say.", "Learning to singulate packages"), null))
                .isInstanceOfSatisfying(LinkDecision.Linked.class, linked -> assertThat(linked.evidence()).startsWith("title similarity 1.00"));
    }

    @Test
    void anEntryBelowTheThresholdStaysUnlinkedWithEveryReason() {
        LinkDecision decision = linker.link(entry(GONE, null, "Retail demand has to be forecast at many levels of "
                + "aggregation, and packages arrive at sortation stations in bulk.", null), null);

        assertThat(decision).isInstanceOfSatisfying(LinkDecision.Unlinked.class, unlinked -> {
            assertThat(unlinked.reason()).isEqualTo("the list links " + GONE + ", which is not harvested; no harvested "
                    + "publication is similar enough: the best, " + A + ", scores 0.24 on its abstract, below the threshold 0.50");
            assertThat(unlinked.bestScore()).isLessThan(RankingLinker.THRESHOLD);
        });
        assertThat(linker.link(entry(null, null, null, null), null))
                .isEqualTo(new LinkDecision.Unlinked("it quotes no abstract or title to compare", null));
    }

    private static RankingEntry entry(String publicationUrl, String blogUrl, String abstractText, String title) {
        return new RankingEntry(LIST, 2020, 1, "key", title, abstractText, blogUrl, publicationUrl, null, null);
    }
}
