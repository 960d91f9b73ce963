package org.pubharvest.load.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * An online copy of an H2 warehouse file ({@code BACKUP TO}) taken before its schema is migrated,
 * next to the database as {@code <name>.before-upgrade-from-v<version>.zip}. Only the last one is
 * kept. A start killed in the middle of the upgrade restores it first ({@link MigrationJournal}) and
 * then keeps it. PostgreSQL needs none: each migration is one transaction there, and a kill rolls
 * it back whole.
 */
final class UpgradeBackup {

    private static final String MARK = ".before-upgrade-from-v";

    private UpgradeBackup() {
    }

    /** A backup of the warehouse at {@code version}, taken now; empty if the warehouse is not an H2 file. */
    static Optional<Path> take(DataSource dataSource, String version) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return Optional.empty();
            }
            Optional<Path> database = databasePath(connection);
            if (database.isEmpty()) {
                return Optional.empty();
            }
            Path backup = Path.of(database.get() + MARK + version + ".zip");
            write(connection, backup);
            removeOthers(database.get(), backup);
            return Optional.of(backup);
        } catch (SQLException e) {
            throw new IllegalStateException("could not back up the warehouse before migrating it: " + e.getMessage(), e);
        }
    }

    /** The database file without its extension, absolute; empty for an in-memory database. */
    private static Optional<Path> databasePath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT DATABASE_PATH()")) {
            result.next();
            String path = result.getString(1);
            return path == null ? Optional.empty() : Optional.of(Path.of(path).toAbsolutePath().normalize());
        }
    }

    /** Written under a temporary name and moved into place, so a kill never leaves a torn backup under the real one. */
    private static void write(Connection connection, Path backup) throws SQLException {
        Path partial = backup.resolveSibling(backup.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            Files.move(partial, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the warehouse backup " + backup, e);
        }
    }

    private static void removeOthers(Path database, Path kept) {
        String prefix = database.getFileName() + MARK;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(database.getParent(), prefix + "*")) {
            for (Path sibling : siblings) {
                if (!sibling.equals(kept)) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove an older warehouse backup next to " + database, e);
        }
    }
}
