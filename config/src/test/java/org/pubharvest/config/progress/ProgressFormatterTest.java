package org.pubharvest.config.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** What a user reads while a run goes: counts, share, rate and time left, as a line or a bar. */
class ProgressFormatterTest {

    @Test
    void aLineHasTheCountTheShareTheRateAndTheTimeLeft() {
        Progress progress = new Progress("fetch", 40, 120L, Duration.ofSeconds(16));

        assertThat(ProgressFormatter.line(progress)).isEqualTo("fetch: 40 of 120 (33%), 2.5/s, about 32 s left");
    }

    @Test
    void withoutATotalTheLineHasTheCountAndTheRate() {
        Progress progress = new Progress("discover", 75, null, Duration.ofSeconds(3));

        assertThat(ProgressFormatter.line(progress)).isEqualTo("discover: 75, 25.0/s");
        assertThat(ProgressFormatter.bar(progress, 10)).isEqualTo("discover 75 found  25.0/s");
    }

    @Test
    void aBarFillsWithTheShareDone() {
        Progress progress = new Progress("extract", 30, 120L, Duration.ofSeconds(60));

        assertThat(ProgressFormatter.bar(progress, 20))
                .isEqualTo("extract  [#####---------------]  30/120  25%  0.5/s  3 min 00 s left");
    }

    @Test
    void aFinishedStepIsFullAndHasNothingLeft() {
        Progress progress = new Progress("fetch", 120, 120L, Duration.ofMinutes(2));

        assertThat(ProgressFormatter.bar(progress, 4)).isEqualTo("fetch    [####]  120/120  100%  1.0/s  0 s left");
    }

    @Test
    void anEmptyStepIsDoneAndBeforeAnyTimeHasPassedThereIsNoEstimate() {
        assertThat(ProgressFormatter.line(new Progress("fetch", 0, 0L, Duration.ZERO))).isEqualTo("fetch: 0 of 0 (100%), 0.0/s");
        assertThat(new Progress("fetch", 0, 10L, Duration.ZERO).remaining()).isEmpty();
    }

    @Test
    void longTimesReadInHoursAndMinutes() {
        assertThat(ProgressFormatter.duration(Duration.ofSeconds(59))).isEqualTo("59 s");
        assertThat(ProgressFormatter.duration(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(ProgressFormatter.duration(Duration.ofMinutes(127))).isEqualTo("2 h 07 min");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new Progress("fetch", -1, 10L, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
