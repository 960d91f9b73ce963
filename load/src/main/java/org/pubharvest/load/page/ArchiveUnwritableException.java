package org.pubharvest.load.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The archive's WARC file could not be written (the disk full, the directory read-only). The chunk
 * that was writing fails and rolls back, so nothing points at what was half written; the next append
 * cuts it off first, as after a kill.
 */
public class ArchiveUnwritableException extends UncheckedIOException {

    private final String reason;

    public ArchiveUnwritableException(Path directory, IOException cause) {
        super("the page archive in " + directory + " could not be written: " + cause.getMessage(), cause);
        this.reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** What the operating system said. */
    public String reason() {
        return reason;
    }
}
