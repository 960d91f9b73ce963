package org.pubharvest.config.cli;

/** A wrong command or option: reported as one line, exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
