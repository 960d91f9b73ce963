package org.pubharvest.config.warehouse;

/**
 * The warehouse database went away under a run (or was not there): the run did not complete, and its
 * committed chunks are kept, so the same command continues it once the database is back.
 */
public class WarehouseUnreachableException extends RuntimeException {

    public WarehouseUnreachableException(String reason, Throwable cause) {
        super("the warehouse database is unreachable (" + reason + "); the run is restartable: run the same command again",
                cause);
    }
}
