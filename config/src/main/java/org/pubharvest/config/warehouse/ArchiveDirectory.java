package org.pubharvest.config.warehouse;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.pubharvest.load.schema.MigrationJournal;

/**
 * Where the page archive's WARC files go when {@code pubharvest.archive.directory} is not set: a
 * {@code warc} directory next to an H2 warehouse file (so {@code ./data/warc} for the default
 * {@code ./data/pubharvest}, and a test's warehouse keeps its archive in its own directory), a temporary
 * directory for an in-memory warehouse, which forgets its index when it closes anyway, and
 * {@code ./data/warc} for any other database. Warehouses that share a directory never touch each other's
 * files: each file is named with its warehouse's archive id.
 */
public final class ArchiveDirectory {

    private ArchiveDirectory() {
    }

    public static Path resolve(String configured, String jdbcUrl) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Optional<Path> h2File = MigrationJournal.h2File(jdbcUrl);
        if (h2File.isPresent()) {
            Path parent = h2File.get().toAbsolutePath().getParent();
            return parent.resolve("warc");
        }
        if (jdbcUrl != null && jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
            return Path.of(System.getProperty("java.io.tmpdir"), "pubharvest-warc");
        }
        return Path.of("data", "warc");
    }
}
