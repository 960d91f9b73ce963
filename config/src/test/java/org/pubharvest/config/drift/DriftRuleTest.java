package org.pubharvest.config.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pubharvest.load.fill.KindFieldFill;

/** The comparison rule at its defaults (threshold 0.3, at least 10 records, the mean of the last 3 runs). */
class DriftRuleTest {

    private final DriftRule rule = new DriftRule(new DriftSettings(0.3, 10, 3));

    @Test
    void aFallOfMoreThanTheThresholdBelowTheMeanOfTheLastThreeRunsIsDriftNamingKindAndField() {
        List<KindFieldFill> history = List.of(fill(9, 20, 19), fill(8, 20, 19), fill(7, 20, 19));

        assertThat(rule.compare(fill(10, 20, 2), history)).hasValueSatisfying(drift -> assertThat(drift.line())
                .isEqualTo("drift: publication.abstract fill 0.95 -> 0.10 over the last 3 runs"));
    }

    @Test
    void onlyTheNewestRunsUpToTheLimitMakeTheMean() {
        // Newest first: the three newest filled 0.5 on average, the fourth (fully filled) is too old to count.
        List<KindFieldFill> history = List.of(fill(9, 20, 10), fill(8, 20, 10), fill(7, 20, 10), fill(6, 20, 20));

        assertThat(rule.compare(fill(10, 20, 5), history)).isEmpty(); // 0.50 -> 0.25: a fall of 0.25
        assertThat(rule.compare(fill(10, 20, 3), history)).hasValueSatisfying(drift -> assertThat(drift.line())
                .isEqualTo("drift: publication.abstract fill 0.50 -> 0.15 over the last 3 runs"));
    }

    @Test
    void aFallOfExactlyTheThresholdIsNotDrift() {
        assertThat(rule.compare(fill(10, 20, 6), List.of(fill(9, 20, 12)))).as("0.60 -> 0.30").isEmpty();
        assertThat(rule.compare(fill(10, 100, 64), List.of(fill(9, 100, 95)))).as("0.95 -> 0.64").hasValueSatisfying(
                drift -> assertThat(drift.line()).isEqualTo("drift: publication.abstract fill 0.95 -> 0.64 over the last run"));
    }

    @Test
    void aRunWithTooFewRecordsIsNotComparedHoweverEmptyItsField() {
        assertThat(rule.compare(fill(10, 9, 0), List.of(fill(9, 20, 20)))).isEmpty();
    }

    @Test
    void earlierRunsWithTooFewRecordsAreNoHistory() {
        assertThat(rule.compare(fill(10, 20, 0), List.of(fill(9, 3, 3), fill(8, 5, 5)))).isEmpty();
        assertThat(rule.compare(fill(10, 20, 0), List.of(fill(9, 3, 3), fill(8, 20, 20)))).hasValueSatisfying(
                drift -> assertThat(drift.line()).isEqualTo("drift: publication.abstract fill 1.00 -> 0.00 over the last run"));
    }

    @Test
    void aRiseInFillIsNotDrift() {
        assertThat(rule.compare(fill(10, 20, 20), List.of(fill(9, 20, 2), fill(8, 20, 2)))).isEmpty();
    }

    @Test
    void aKindsFirstRunHasNoHistoryAndSoNoDrift() {
        assertThat(rule.compare(fill(1, 20, 0), List.of())).isEmpty();
    }

    @Test
    void aListKindWhosePagesGaveNoItemsHasDriftedEvenWithoutHistory() {
        assertThat(rule.noItems("job-listing", 3, 0)).hasValueSatisfying(drift -> assertThat(drift.line())
                .isEqualTo("drift: job-listing gave no items on the 3 pages extracted"));
        assertThat(rule.noItems("job-listing", 3, 1)).isEmpty();
        assertThat(rule.noItems("job-listing", 0, 0)).as("no page of the kind was extracted").isEmpty();
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheirPropertyName() {
        assertThatThrownBy(() -> new DriftSettings(0, 10, 3)).hasMessageContaining("pubharvest.harvest.drift-threshold");
        assertThatThrownBy(() -> new DriftSettings(0.3, 0, 3)).hasMessageContaining("pubharvest.harvest.drift-min-records");
        assertThatThrownBy(() -> new DriftSettings(0.3, 10, 0)).hasMessageContaining("pubharvest.harvest.drift-history-runs");
    }

    private static KindFieldFill fill(long runId, int records, int filled) {
        return new KindFieldFill(runId, "publication", "abstract", records, records, filled);
    }
}
