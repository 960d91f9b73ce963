package org.pubharvest.config.cli;

/** The command was right but the work failed; reported as one line, exit code 1. */
public class CommandFailedException extends RuntimeException {

    public CommandFailedException(String message) {
        super(message);
    }

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
