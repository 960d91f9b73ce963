package org.pubharvest.load.query;

import java.sql.SQLException;
import java.time.Duration;

/** The database cancelled a statement that ran past its timeout ({@link QueryLimits#timeout()}). */
public class QueryTimeoutException extends SQLException {

    private final Duration timeout;

    public QueryTimeoutException(Duration timeout, SQLException cause) {
        super("the statement ran longer than " + readable(timeout) + " and the database cancelled it",
                cause.getSQLState(), cause.getErrorCode(), cause);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** As the option is written: {@code 30s}, {@code 5m}, {@code 1500ms}. */
    static String readable(Duration duration) {
        if (duration.toMillisPart() != 0 || duration.isZero()) {
            return duration.toMillis() + "ms";
        }
        return duration.toSecondsPart() == 0 ? duration.toMinutes() + "m" : duration.toSeconds() + "s";
    }
}
