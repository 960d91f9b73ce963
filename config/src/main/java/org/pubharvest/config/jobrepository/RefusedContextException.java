package org.pubharvest.config.jobrepository;

/** An old execution context that could not be read safely: the migration stops with the row named. */
public final class RefusedContextException extends RuntimeException {

    RefusedContextException(String message) {
        super(message);
    }

    RefusedContextException(String message, Throwable cause) {
        super(message, cause);
    }
}
