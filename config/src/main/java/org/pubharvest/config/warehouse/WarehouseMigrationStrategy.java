package org.pubharvest.config.warehouse;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.pubharvest.load.schema.MigrationJournal;
import org.pubharvest.load.schema.WarehouseSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * How every command migrates the warehouse at start-up: through {@link WarehouseSchema}, which backs an
 * H2 warehouse up first and accepts history rows of the migrations' earlier forms. Says in one line where
 * the backup is, and turns a failed migration into one line.
 */
public class WarehouseMigrationStrategy implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(WarehouseMigrationStrategy.class);

    private final MigrationJournal journal;

    public WarehouseMigrationStrategy(MigrationJournal journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public void migrate(Flyway flyway) {
        try {
            new WarehouseSchema(flyway, journal).migrate(WarehouseMigrationStrategy::announce);
        } catch (RuntimeException e) {
            if (WarehouseTrouble.unreachable(e).isPresent()) {
                throw e; // the database gone away says so itself
            }
            throw new WarehouseMigrationException("the warehouse schema could not be migrated: " + firstLine(e)
                    + "; no migration is half recorded: fix the cause and run the command again", e);
        }
    }

    private static void announce(WarehouseSchema.Upgrade upgrade) {
        if (upgrade.fromVersion().isEmpty()) {
            log.info("creating the warehouse schema (version {})", upgrade.toVersion());
            return;
        }
        if (upgrade.restoredAfterAKill()) {
            log.warn("the last start was killed while migrating the warehouse schema from version {}: restored {} and"
                    + " migrating to {} again", upgrade.fromVersion().get(), upgrade.backup().orElseThrow(), upgrade.toVersion());
            return;
        }
        log.info("migrating the warehouse schema from version {} to {}{}", upgrade.fromVersion().get(),
                upgrade.toVersion(), backupClause(upgrade.backup()));
    }

    private static String backupClause(Optional<Path> backup) {
        return backup.map(path -> "; backed up first to " + path).orElse("");
    }

    private static String firstLine(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(message);
    }
}
