package org.pubharvest.ingest.bound;

import java.time.Duration;
import java.util.Objects;

/**
 * A page's extraction ran past its time limit. Unchecked, so that the check deep inside a DOM walk or a
 * regular expression ends the whole extraction of the page at once; the extract step makes it a reject.
 */
public final class ExtractionTimeoutException extends RuntimeException {

    private final Duration limit;

    public ExtractionTimeoutException(Duration limit) {
        super("extraction took longer than " + describe(limit));
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    public Duration limit() {
        return limit;
    }

    /** "10s", "1m30s", "50ms": as the limit is written in application.yml. */
    static String describe(Duration limit) {
        if (limit.toMillisPart() != 0 || limit.toSeconds() == 0) {
            return limit.toMillis() + "ms";
        }
        long minutes = limit.toMinutes();
        int seconds = limit.toSecondsPart();
        if (minutes == 0) {
            return seconds + "s";
        }
        return minutes + "m" + (seconds == 0 ? "" : seconds + "s");
    }
}
