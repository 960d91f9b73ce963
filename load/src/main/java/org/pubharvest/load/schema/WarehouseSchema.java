package org.pubharvest.load.schema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a warehouse's schema to the newest version, the one way every command does it.
 *
 * <p>Every migration is written to run again over its own partial effect: H2 commits each DDL
 * statement by itself, so a start killed between two statements (or before Flyway's history row)
 * leaves part of a migration applied and no record of it, and the next start runs the whole file
 * again. Before an H2 warehouse that already has a schema is migrated, an online backup is taken
 * next to it ({@link UpgradeBackup}); while an H2 file is migrated a journal next to it says how to
 * undo the attempt, and a start after a kill undoes it before opening the file, since H2 can leave a
 * file killed mid-migration that does not open ({@link MigrationJournal}). History rows written by a
 * release whose migrations were not yet in re-runnable form are brought up to date
 * ({@link SupersededChecksums}).
 */
public final class WarehouseSchema {

    /**
     * Migrations about to run: from which version (none for a new warehouse) to which, the backup taken
     * first if one was needed, and whether the warehouse was first restored from it because the last start
     * was killed in the middle of this upgrade. Told before the first statement, so the user knows where
     * the backup is even if the upgrade is cut short.
     */
    public record Upgrade(Optional<String> fromVersion, String toVersion, int migrations, Optional<Path> backup,
                          boolean restoredAfterAKill) {

        public Upgrade {
            Objects.requireNonNull(fromVersion, "fromVersion");
            Objects.requireNonNull(toVersion, "toVersion");
            Objects.requireNonNull(backup, "backup");
        }
    }

    private static final Pattern H2_ALTER_COPY = Pattern.compile("(.+)_COPY_\\d+_\\d+");

    private final Flyway flyway;
    private final MigrationJournal journal;
    private final SupersededChecksums superseded;

    /** For a Flyway configured with its url (as the tests configure it), which names the H2 file to journal. */
    public WarehouseSchema(Flyway flyway) {
        this(flyway, MigrationJournal.forUrl(flyway.getConfiguration().getUrl()));
    }

    /** {@code journal}: the warehouse's, undone already if the database was opened before this runs. */
    public WarehouseSchema(Flyway flyway, MigrationJournal journal) {
        this(flyway, journal, SupersededChecksums.bundled());
    }

    WarehouseSchema(Flyway flyway, MigrationJournal journal, SupersededChecksums superseded) {
        this.flyway = Objects.requireNonNull(flyway, "flyway");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.superseded = Objects.requireNonNull(superseded, "superseded");
    }

    /**
     * Migrates to the newest version; {@code upgrading} hears of it first when there is anything to do,
     * including a migration a kill cut short that was undone first.
     */
    public MigrateResult migrate(Consumer<Upgrade> upgrading) {
        Optional<Path> restoredFrom = journal.undoInterrupted();
        MigrationInfoService before = flyway.info();
        MigrationInfo[] pending = before.pending();
        if (pending.length > 0) {
            Optional<String> fromVersion = Optional.ofNullable(before.current())
                    .filter(current -> current.getVersion() != null)
                    .map(current -> current.getVersion().getVersion());
            Optional<Path> backup = fromVersion.flatMap(version -> restoredFrom.isPresent()
                    ? restoredFrom : UpgradeBackup.take(dataSource(), version));
            if (fromVersion.isPresent() ? backup.isPresent() : holdsNoTables()) {
                journal.begin(backup);
            }
            upgrading.accept(new Upgrade(fromVersion, pending[pending.length - 1].getVersion().getVersion(),
                    pending.length, backup, restoredFrom.isPresent()));
        }
        recordCurrentChecksums(Arrays.stream(before.all()).filter(superseded::isEarlierFormOf).toList());
        forgetFailedAttempts();
        dropH2AlterCopies();
        MigrateResult result = flyway.migrate();
        journal.end(dataSource());
        return result;
    }

    /**
     * Whether a warehouse without a schema history is empty: only then may a cut-short first start's file
     * be removed. A file holding tables of something else is refused by Flyway, and never journaled.
     */
    private boolean holdsNoTables() {
        try (Connection connection = dataSource().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                if (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the warehouse's tables: " + e.getMessage(), e);
        }
    }

    private void recordCurrentChecksums(List<MigrationInfo> earlierForms) {
        if (earlierForms.isEmpty()) {
            return;
        }
        String table = "\"" + flyway.getConfiguration().getTable() + "\"";
        String update = "UPDATE " + table + " SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?";
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            for (MigrationInfo migration : earlierForms) {
                statement.setInt(1, migration.getResolvedChecksum());
                statement.setString(2, migration.getVersion().getVersion());
                statement.setInt(3, migration.getAppliedChecksum());
                statement.executeUpdate();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the schema history's checksums: " + e.getMessage(), e);
        }
    }

    /**
     * Where DDL is not transactional (H2), Flyway records a migration that failed by itself (a full disk,
     * a refused row) as failed and then refuses every later start until someone repairs the history by
     * hand. Every migration here runs again over its own partial effect, so the failed record is dropped
     * and the migration simply runs again; if its cause is still there it fails again, in one line.
     */
    private void forgetFailedAttempts() {
        String table = "\"" + flyway.getConfiguration().getTable() + "\"";
        try (Connection connection = dataSource().getConnection()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, flyway.getConfiguration().getTable(), null)) {
                if (!tables.next()) {
                    return;
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table
                    + " WHERE \"success\" = FALSE AND \"version\" IS NOT NULL")) {
                statement.executeUpdate();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear a failed migration from the schema history: " + e.getMessage(), e);
        }
    }

    /**
     * H2 alters a table by copying it to {@code <TABLE>_COPY_<session>_<n>} and renaming the copy; a process
     * killed (SIGKILL) soon after such a statement can leave the copy behind when H2 opens the file again,
     * next to the whole original. Found by killing the real jar at every statement boundary
     * ({@code JarKilledInMigrationIT}), with copies of the foreign keys that reference the table, which is
     * why the drop cascades: the originals' own keys stay. Only a copy whose original is there is dropped.
     */
    private void dropH2AlterCopies() {
        try (Connection connection = dataSource().getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            List<String> copies = new ArrayList<>();
            try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%\\_COPY\\_%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    copies.add(tables.getString("TABLE_NAME"));
                }
            }
            for (String copy : copies) {
                Matcher name = H2_ALTER_COPY.matcher(copy);
                if (name.matches() && tableExists(connection, name.group(1))) {
                    try (PreparedStatement drop = connection.prepareStatement("DROP TABLE \"" + copy + "\" CASCADE")) {
                        drop.execute();
                    }
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop a table H2 left half-altered: " + e.getMessage(), e);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private DataSource dataSource() {
        return flyway.getConfiguration().getDataSource();
    }
}
