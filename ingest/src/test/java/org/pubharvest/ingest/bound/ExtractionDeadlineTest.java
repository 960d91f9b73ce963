package org.pubharvest.ingest.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ExtractionDeadlineTest {

    private static final Duration LIMIT = Duration.ofMillis(100);

    @Test
    void workWithinTheLimitGivesItsResult() {
        assertThat(ExtractionDeadline.within(LIMIT, () -> "records")).isEqualTo("records");
    }

    @Test
    void workThatChecksEndsSoonAfterTheLimitWithTheReason() {
        AtomicBoolean ended = new AtomicBoolean();
        long started = System.nanoTime();

        assertThatThrownBy(() -> ExtractionDeadline.within(LIMIT, () -> {
            try {
                while (true) {
                    ExtractionDeadline.check();
                }
            } finally {
                ended.set(true);
            }
        })).isInstanceOf(ExtractionTimeoutException.class).hasMessage("extraction took longer than 100ms");

        assertThat(elapsedSince(started)).isLessThan(LIMIT.multipliedBy(5));
        waitFor(ended);
        assertThat(ended).as("the work stopped at its next check").isTrue();
    }

    @Test
    void theCallerDoesNotWaitForWorkThatNeverChecks() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> ExtractionDeadline.within(LIMIT, () -> {
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            long spins = 0;
            while (System.nanoTime() < until) {
                spins++;
            }
            return spins;
        })).isInstanceOf(ExtractionTimeoutException.class);

        assertThat(elapsedSince(started)).isLessThan(LIMIT.multipliedBy(5));
    }

    @Test
    void whatTheWorkThrowsReachesTheCallerUnchanged() {
        assertThatThrownBy(() -> ExtractionDeadline.within(LIMIT, () -> {
            throw new IllegalStateException("a broken extractor");
        })).isInstanceOf(IllegalStateException.class).hasMessage("a broken extractor");
    }

    @Test
    void checkOutsideAnExtractionNeverThrows() {
        ExtractionDeadline.check();
    }

    @Test
    void aRunawayRegularExpressionOnPageTextIsStoppedAtTheLimit() {
        // Cubic in its input: a profile with it is refused at load; this is the bound behind that check.
        Pattern slow = Pattern.compile("(.*a){3}x");
        long started = System.nanoTime();

        assertThatThrownBy(() -> ExtractionDeadline.within(LIMIT,
                () -> BoundedMatch.matcher(slow, "a".repeat(1_000_000)).find()))
                .isInstanceOf(ExtractionTimeoutException.class);

        assertThat(elapsedSince(started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theLimitIsWrittenAsInTheSettings() {
        assertThat(ExtractionTimeoutException.describe(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(ExtractionTimeoutException.describe(Duration.ofMillis(50))).isEqualTo("50ms");
        assertThat(ExtractionTimeoutException.describe(Duration.ofSeconds(90))).isEqualTo("1m30s");
    }

    private static Duration elapsedSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void waitFor(AtomicBoolean flag) {
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!flag.get() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
