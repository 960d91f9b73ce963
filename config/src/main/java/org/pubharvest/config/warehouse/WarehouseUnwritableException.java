package org.pubharvest.config.warehouse;

/**
 * An H2 warehouse's file could not be written under a run (the disk full, the file system read-only): H2
 * closed the database, the run did not complete, its committed chunks are kept, and the same command
 * continues it once the file can be written again.
 */
public class WarehouseUnwritableException extends RuntimeException {

    public WarehouseUnwritableException(String line, Throwable cause) {
        super(line, cause);
    }
}
