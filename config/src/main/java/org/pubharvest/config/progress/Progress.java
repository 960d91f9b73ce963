package org.pubharvest.config.progress;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one step of a run stands.
 *
 * @param step    the step's name
 * @param done    items this execution of the step has handled
 * @param total   items it set out to handle, or null when the step cannot know in advance (discover)
 * @param elapsed time since the step started
 */
public record Progress(String step, long done, Long total, Duration elapsed) {

    public Progress {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(elapsed, "elapsed");
        if (done < 0 || (total != null && total < 0)) {
            throw new IllegalArgumentException("counts cannot be negative: done=" + done + " total=" + total);
        }
    }

    /** Items per second so far; 0 before any time has passed. */
    public double rate() {
        long millis = elapsed.toMillis();
        return millis == 0 ? 0 : done * 1000.0 / millis;
    }

    /** The time left at the rate so far, when the total is known and the rate is not zero. */
    public Optional<Duration> remaining() {
        if (total == null || rate() == 0) {
            return Optional.empty();
        }
        long left = Math.max(0, total - done);
        return Optional.of(Duration.ofMillis(Math.round(left * 1000.0 / rate())));
    }

    /** Share done, 0 to 1, when the total is known (an empty step is done). */
    public Optional<Double> share() {
        if (total == null) {
            return Optional.empty();
        }
        return Optional.of(total == 0 ? 1.0 : Math.min(1.0, (double) done / total));
    }
}
