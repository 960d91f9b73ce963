package org.pubharvest.load.page;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a stored copy is trusted before its url is fetched again, adapted to how often the page
 * changes, as Nutch's AdaptiveFetchSchedule does: a visit that finds it unchanged stretches its interval
 * by {@code growth}, up to {@code max}; one that finds it changed shrinks it by {@code shrink}, down to
 * {@code min}. A url first stored gets {@code min}. With {@code min} and {@code max} zero every url is due
 * at every run.
 */
public record RevisitSchedule(Duration min, Duration max, double growth, double shrink) {

    /** The defaults: one day to thirty, times 1.5 when unchanged, times 0.5 when changed. */
    public static final RevisitSchedule DEFAULT = new RevisitSchedule(Duration.ofDays(1), Duration.ofDays(30), 1.5, 0.5);

    public RevisitSchedule {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("the revisit interval must run from a min >= 0 to a max >= min: " + min + ", " + max);
        }
        if (growth < 1 || shrink <= 0 || shrink > 1) {
            throw new IllegalArgumentException("growth must be >= 1 and shrink in (0, 1]: " + growth + ", " + shrink);
        }
    }

    /**
     * @param previous the url's interval so far, or null when it has none (first stored, or stored before
     *                 the schedule)
     * @param changed  whether this visit found a new body
     */
    public Duration next(Duration previous, boolean changed) {
        if (previous == null) {
            return min;
        }
        double seconds = previous.toSeconds() * (changed ? shrink : growth);
        long bounded = Math.max(min.toSeconds(), Math.min(max.toSeconds(), Math.round(seconds)));
        return Duration.ofSeconds(bounded);
    }
}
