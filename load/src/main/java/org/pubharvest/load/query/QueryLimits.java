package org.pubharvest.load.query;

import java.time.Duration;
import java.util.Objects;

/**
 * Guards on one statement of the data team's: how long the database may work on it before cancelling
 * it, and how many rows are printed at most (the table format holds every row to align the columns).
 *
 * @param timeout how long the statement may run; the database cancels it after that (whole seconds, at least one)
 * @param maxRows how many rows are printed at most; 0 for no limit
 */
public record QueryLimits(Duration timeout, long maxRows) {

    /** Five minutes, every row: what {@code query} does unless told otherwise. */
    public static final QueryLimits DEFAULT = new QueryLimits(Duration.ofMinutes(5), 0);

    public QueryLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be 0 (no limit) or more, got " + maxRows);
        }
    }

    /** JDBC counts query timeouts in whole seconds: the timeout rounded up. */
    int timeoutSeconds() {
        long whole = timeout.toSeconds();
        long roundedUp = timeout.equals(Duration.ofSeconds(whole)) ? whole : whole + 1;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, roundedUp));
    }
}
