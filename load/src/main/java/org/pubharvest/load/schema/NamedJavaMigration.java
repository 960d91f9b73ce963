package org.pubharvest.load.schema;

import java.util.Objects;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration whose version and description are given, not read from a class name as Flyway's
 * {@code BaseJavaMigration} reads them, so the class can have a name that says what it does. It has no
 * checksum (its code is its content) and runs in Flyway's transaction, which on PostgreSQL undoes a cut
 * attempt whole.
 */
public abstract class NamedJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected NamedJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(Objects.requireNonNull(version, "version"));
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
