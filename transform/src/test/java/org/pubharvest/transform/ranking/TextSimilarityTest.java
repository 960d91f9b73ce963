package org.pubharvest.transform.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    @Test
    void quoteMarksDashesAndCaseDoNotCount() {
        assertThat(TextSimilarity.shingles("By “lightweight formal methods\" we mean", 3))
                .isEqualTo(TextSimilarity.shingles("by \"Lightweight formal methods\" — we mean", 3));
    }

    @Test
    void anExcerptIsFullyContainedInItsAbstractButNotTheOtherWayRound() {
        var excerpt = TextSimilarity.shingles("Clicks and purchases in product search are biased by position", 3);
        var whole = TextSimilarity.shingles("Clicks and purchases in product search are biased by position and "
                + "presentation, so rankers trained on them reinforce past rankings.", 3);

        assertThat(TextSimilarity.containment(excerpt, whole)).isEqualTo(1.0);
        assertThat(TextSimilarity.containment(whole, excerpt)).isLessThan(0.6);
    }

    @Test
    void unrelatedTextsShareNothingAndEmptyTextMatchesNothing() {
        var one = TextSimilarity.shingles("Bosonic qubits exhibit strongly biased noise", 3);
        var other = TextSimilarity.shingles("Fraudulent sellers operate clusters of accounts", 3);

        assertThat(TextSimilarity.containment(one, other)).isZero();
        assertThat(TextSimilarity.containment(TextSimilarity.shingles(null, 3), other)).isZero();
    }

    @Test
    void titlesCompareSymmetricallyAndAShortTextIsOneShingle() {
        var title = TextSimilarity.shingles("Schema-agnostic attribute extraction from product listings", 2);

        assertThat(TextSimilarity.dice(title, TextSimilarity.shingles("Schema agnostic attribute extraction from product listings", 2)))
                .isEqualTo(1.0);
        assertThat(TextSimilarity.dice(title, TextSimilarity.shingles("Attribute extraction", 2))).isCloseTo(0.29, within(0.01));
        assertThat(TextSimilarity.shingles("SiamMOT", 2)).containsExactly("siammot");
    }
}
