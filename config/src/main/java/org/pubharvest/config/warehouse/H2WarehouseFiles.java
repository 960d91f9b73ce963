package org.pubharvest.config.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.load.schema.MigrationJournal;

/**
 * The files of an H2 warehouse held in a file, and the files pubharvest keeps next to it.
 *
 * @param base the database's path without H2's {@code .mv.db}, e.g. {@code /srv/data/pubharvest}
 */
public record H2WarehouseFiles(Path base) {

    public H2WarehouseFiles {
        Objects.requireNonNull(base, "base");
    }

    /** The files of the database a JDBC url names; empty for anything but an H2 file (in memory, a server, PostgreSQL). */
    public static Optional<H2WarehouseFiles> forUrl(String jdbcUrl) {
        return MigrationJournal.h2File(jdbcUrl).map(H2WarehouseFiles::new);
    }

    /** H2's own file. */
    public Path database() {
        return sibling(".mv.db");
    }

    public boolean exists() {
        return Files.exists(database());
    }

    /** The owner account's generated password, readable by the owning OS user only ({@link OwnerPassword}). */
    public Path ownerPassword() {
        return sibling(".owner-password");
    }

    /** Where the holding process says on which loopback port it serves the warehouse to readers ({@link ReadServerFile}). */
    public Path readServer() {
        return sibling(".server");
    }

    /** The database's name as H2's TCP server knows it, its base directory being the file's directory. */
    public String name() {
        return base.getFileName().toString();
    }

    public Path directory() {
        return base.toAbsolutePath().getParent();
    }

    private Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
