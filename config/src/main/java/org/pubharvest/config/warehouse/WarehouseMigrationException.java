package org.pubharvest.config.warehouse;

/** The warehouse's schema could not be brought up to date; the message is the one line to show. */
public class WarehouseMigrationException extends RuntimeException {

    public WarehouseMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
