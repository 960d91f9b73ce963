package org.pubharvest.config.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import ch.qos.logback.classic.Level;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.WarehouseMigrations;
import org.pubharvest.config.support.WarehouseMigrations.Boundary;
import org.pubharvest.config.support.WarehouseMigrations.KillAt;
import org.pubharvest.load.schema.MigrationJournal;
import org.pubharvest.load.schema.WarehouseSchema;
import org.slf4j.LoggerFactory;

/**
 * Migrations cut short at every statement boundary, in process: what a kill leaves in the database is
 * made by the database itself (H2 shut down immediately, as on a power failure; the PostgreSQL session
 * terminated), then the warehouse is opened again the way every command opens it. On H2, which commits
 * each DDL statement by itself, the next start must run the half-applied migration again and end with
 * the schema and rows of a warehouse never interrupted, whatever version it was upgraded from (a fresh
 * warehouse by running the cut migration again, an upgrade by the journal's restore of its backup). On
 * PostgreSQL a cut migration must leave nothing of itself behind. {@code JarKilledInMigrationIT} does the
 * same with SIGKILL on the real jar.
 */
class KilledMigrationIT {

    private static final String H2_USER = "sa";

    @TempDir
    Path directory;

    /** Flyway logs each cut migration's failed rollback as an error with its stack: expected here, hundreds of times. */
    @BeforeAll
    static void quietFlyway() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(Level.OFF);
    }

    @AfterAll
    static void flywayAsConfigured() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(null);
    }

    /**
     * Without the journal (as for H2 in memory or on a server, which has no file here to restore): what stands
     * between a kill and a broken warehouse is then only that every migration runs again over its own partial
     * effect. The journal's restore is the upgrade test's.
     */
    @Test
    void aFreshH2WarehouseKilledAtEveryBoundaryOpensAtTheNextStartAndEqualsAnUninterruptedOne() {
        List<Boundary> boundaries = WarehouseMigrations.boundaries("h2", h2("count"), H2_USER);
        assertThat(boundaries).hasSizeGreaterThan(50);
        String clean = h2("clean");
        migrate(clean, H2_USER, "h2");
        Map<String, List<String>> expected = SchemaSnapshot.of(clean, H2_USER);

        for (Boundary boundary : boundaries) {
            String killed = h2("fresh-" + boundary.version() + "-" + boundary.statementsDone());
            killAt(killed, H2_USER, "h2", boundary, WarehouseMigrations.H2_SHUTDOWN_IMMEDIATELY, MigrationJournal.none());
            new WarehouseSchema(configure(killed, H2_USER, "h2").load(), MigrationJournal.none()).migrate(upgrade -> { });
            assertThat(SchemaSnapshot.of(killed, H2_USER)).as("killed at %s, then opened again", boundary).isEqualTo(expected);
        }
    }

    @Test
    void anH2WarehouseOfEachOlderVersionKilledInItsUpgradeKeepsEveryRowAndHasABackup() throws IOException {
        List<Boundary> boundaries = WarehouseMigrations.boundaries("h2", h2("count"), H2_USER);
        List<String> versions = boundaries.stream().map(Boundary::version).distinct().toList();
        for (String older : versions.subList(0, versions.size() - 1)) {
            String template = h2("at-" + older);
            configure(template, H2_USER, "h2").target(older).load().migrate();
            OlderWarehouseRows.write(template, H2_USER, Integer.parseInt(older));
            String clean = copy("at-" + older, "upgraded-" + older);
            migrate(clean, H2_USER, "h2");
            Map<String, List<String>> expected = SchemaSnapshot.of(clean, H2_USER);
            assertThat(expected.get("table PUBLICATION")).as("rows written at V%s", older).hasSize(older.equals("1") ? 0 : 1);

            // The first and last boundary of the next migration, the one that finds the rows and the fresh
            // backup; the fresh warehouse's test has every boundary of every migration already.
            for (Boundary boundary : firstAndLastOfEachMigration(boundaries)) {
                if (Integer.parseInt(boundary.version()) != Integer.parseInt(older) + 1) {
                    continue;
                }
                String name = "from-" + older + "-" + boundary.version() + "-" + boundary.statementsDone();
                String killed = copy("at-" + older, name);
                killAt(killed, H2_USER, "h2", boundary, WarehouseMigrations.H2_SHUTDOWN_IMMEDIATELY);
                migrate(killed, H2_USER, "h2");
                assertThat(SchemaSnapshot.of(killed, H2_USER)).as("V%s upgraded, killed at %s", older, boundary).isEqualTo(expected);
                Path backup = directory.resolve(name + ".before-upgrade-from-v" + older + ".zip");
                assertThat(backup).as("the backup of V%s taken before the upgrade, kept through the kill", older).isRegularFile();
                try (ZipFile zip = new ZipFile(backup.toFile())) {
                    assertThat(zip.getEntry(name + ".mv.db")).as("the database file in %s", backup).isNotNull();
                }
                assertThat(directory.resolve(name + ".before-upgrade-from-v" + older + ".zip.partial")).doesNotExist();
                assertThat(directory.resolve(name + ".migrating")).as("the journal, once the upgrade is whole").doesNotExist();
            }
        }
    }

    @Test
    void aPostgresMigrationKilledAnywhereLeavesNothingOfItselfAndTheNextStartFinishesIt() {
        List<Boundary> boundaries = WarehouseMigrations.boundaries("postgresql", PostgresServer.newDatabase("count_statements"),
                PostgresServer.SUPERUSER);
        String clean = PostgresServer.newDatabase("clean_migration");
        migrate(clean, PostgresServer.SUPERUSER, "postgresql");
        Map<String, List<String>> expected = SchemaSnapshot.of(clean, PostgresServer.SUPERUSER);

        int killedDatabases = 0;
        for (Boundary boundary : lastOfEachMigration(boundaries)) {
            String killed = PostgresServer.newDatabase("killed_" + killedDatabases++);
            Optional<String> previous = WarehouseMigrations.previousVersion(boundaries, boundary.version());
            previous.ifPresent(version -> configure(killed, PostgresServer.SUPERUSER, "postgresql").target(version).load().migrate());
            Map<String, List<String>> before = SchemaSnapshot.of(killed, PostgresServer.SUPERUSER);

            killAt(killed, PostgresServer.SUPERUSER, "postgresql", boundary, WarehouseMigrations.POSTGRES_SESSION_ENDED);
            assertThat(SchemaSnapshot.of(killed, PostgresServer.SUPERUSER)).as("killed at %s: rolled back whole", boundary)
                    .isEqualTo(before);
            migrate(killed, PostgresServer.SUPERUSER, "postgresql");
            assertThat(SchemaSnapshot.of(killed, PostgresServer.SUPERUSER)).as("killed at %s, then opened again", boundary)
                    .isEqualTo(expected);
        }
    }

    /**
     * A PostgreSQL migration is one transaction, so where inside it the kill lands makes no difference to what
     * is left: the point after its last statement, before its history row, stands for all of them.
     */
    private static List<Boundary> lastOfEachMigration(List<Boundary> boundaries) {
        return byMigration(boundaries).stream().map(of -> of.get(of.size() - 1)).toList();
    }

    private static List<Boundary> firstAndLastOfEachMigration(List<Boundary> boundaries) {
        return byMigration(boundaries).stream().flatMap(of -> Stream.of(of.get(0), of.get(of.size() - 1)).distinct()).toList();
    }

    private static List<List<Boundary>> byMigration(List<Boundary> boundaries) {
        Map<String, List<Boundary>> byVersion = new LinkedHashMap<>();
        boundaries.forEach(boundary -> byVersion.computeIfAbsent(boundary.version(), version -> new ArrayList<>()).add(boundary));
        return List.copyOf(byVersion.values());
    }

    private static void killAt(String url, String user, String vendor, Boundary boundary, WarehouseMigrations.Kill kill) {
        killAt(url, user, vendor, boundary, kill, MigrationJournal.forUrl(url));
    }

    private static void killAt(String url, String user, String vendor, Boundary boundary, WarehouseMigrations.Kill kill,
                               MigrationJournal journal) {
        KillAt killAt = new KillAt(boundary, kill);
        Flyway flyway = configure(url, user, vendor).callbacks(killAt).load();
        assertThatThrownBy(() -> new WarehouseSchema(flyway, journal).migrate(upgrade -> { })).as("migration killed at %s", boundary)
                .isNotNull();
        assertThat(killAt.reached()).as("the migration reached %s", boundary).isTrue();
    }

    private static void migrate(String url, String user, String vendor) {
        new WarehouseSchema(configure(url, user, vendor).load()).migrate(upgrade -> { });
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(String url, String user, String vendor) {
        return WarehouseMigrations.configure(url, user, vendor);
    }

    private String h2(String name) {
        return "jdbc:h2:file:" + directory.resolve(name);
    }

    private String copy(String from, String to) throws IOException {
        Files.copy(directory.resolve(from + ".mv.db"), directory.resolve(to + ".mv.db"));
        return h2(to);
    }
}
