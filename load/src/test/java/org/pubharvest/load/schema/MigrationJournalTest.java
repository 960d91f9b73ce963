package org.pubharvest.load.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.load.support.TestWarehouse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A migration cut short on an H2 file is undone before the file is opened again, even when the file no
 * longer opens: a kill was simulated by H2's {@code SHUTDOWN IMMEDIATELY}, the unopenable file by
 * overwriting its header, as H2 2.4 itself left some files the real jar was killed in.
 */
class MigrationJournalTest {

    @TempDir
    Path directory;

    @Test
    void theFileNamedByAnH2UrlIsTheOneJournaledAndOnlyAFileIs() {
        String home = System.getProperty("user.home");
        assertThat(MigrationJournal.h2File("jdbc:h2:file:/data/pubharvest;MODE=PostgreSQL")).contains(Path.of("/data/pubharvest"));
        assertThat(MigrationJournal.h2File("jdbc:h2:/data/pubharvest")).contains(Path.of("/data/pubharvest"));
        assertThat(MigrationJournal.h2File("jdbc:h2:~/pubharvest")).contains(Path.of(home, "pubharvest"));
        assertThat(MigrationJournal.h2File("jdbc:h2:file:./data/pubharvest"))
                .contains(Path.of("data/pubharvest").toAbsolutePath());
        assertThat(MigrationJournal.h2File("jdbc:h2:mem:pubharvest;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(MigrationJournal.h2File("jdbc:h2:tcp://localhost/~/pubharvest")).isEmpty();
        assertThat(MigrationJournal.h2File("jdbc:postgresql://localhost/pubharvest")).isEmpty();
        assertThat(MigrationJournal.h2File(null)).isEmpty();
    }

    @Test
    void anUpgradeKilledHalfWayIsRestoredFromItsBackupEvenWhenTheFileNoLongerOpens() throws Exception {
        String url = url("upgraded");
        flyway(url, "6").migrate();
        jdbc(url).sql("INSERT INTO author (name) VALUES ('Ada Lovelace')").update();
        killedAfter(url, "8");
        assertThat(Files.exists(directory.resolve("upgraded.migrating"))).as("the journal of the cut-short upgrade").isTrue();
        unopenable(directory.resolve("upgraded.mv.db"));
        List<WarehouseSchema.Upgrade> told = new ArrayList<>();

        new WarehouseSchema(flyway(url, null)).migrate(told::add);

        assertThat(told).singleElement().satisfies(upgrade -> {
            assertThat(upgrade.restoredAfterAKill()).isTrue();
            assertThat(upgrade.fromVersion()).contains("6");
            assertThat(upgrade.backup()).contains(directory.resolve("upgraded.before-upgrade-from-v6.zip"));
        });
        assertThat(jdbc(url).sql("SELECT name FROM author").query(String.class).list()).containsExactly("Ada Lovelace");
        assertThat(flyway(url, null).info().pending()).isEmpty();
        assertThat(Files.exists(directory.resolve("upgraded.migrating"))).isFalse();
    }

    @Test
    void aFirstStartKilledHalfWayStartsTheFileAgain() throws Exception {
        String url = url("created");
        killedAfter(url, "4");
        unopenable(directory.resolve("created.mv.db"));

        new WarehouseSchema(flyway(url, null)).migrate(upgrade -> { });

        assertThat(flyway(url, null).info().pending()).isEmpty();
        assertThat(Files.exists(directory.resolve("created.migrating"))).isFalse();
    }

    @Test
    void aWholeMigrationLeavesNoJournalAndTheNextStartRestoresNothing() {
        String url = url("whole");
        new WarehouseSchema(flyway(url, "6")).migrate(upgrade -> { });
        jdbc(url).sql("INSERT INTO author (name) VALUES ('Grace Hopper')").update();
        List<WarehouseSchema.Upgrade> told = new ArrayList<>();

        new WarehouseSchema(flyway(url, null)).migrate(told::add);

        assertThat(told).singleElement().satisfies(upgrade -> assertThat(upgrade.restoredAfterAKill()).isFalse());
        assertThat(jdbc(url).sql("SELECT name FROM author").query(String.class).list()).containsExactly("Grace Hopper");
        assertThat(Files.exists(directory.resolve("whole.migrating"))).isFalse();
    }

    @Test
    void aFileThatHoldsTablesOfSomethingElseIsNeverJournaledSoNeverRemoved() {
        String url = url("other");
        jdbc(url).sql("CREATE TABLE someone_elses (id INT)").update();

        assertThatThrownBy(() -> new WarehouseSchema(flyway(url, null)).migrate(upgrade -> { }))
                .hasMessageContaining("non-empty schema");
        assertThat(Files.exists(directory.resolve("other.migrating"))).isFalse();
        assertThat(jdbc(url).sql("SELECT COUNT(*) FROM someone_elses").query(Integer.class).single()).isZero();
    }

    /** Migrates with a callback that, after migration {@code version}, shuts H2 down as a kill would and fails. */
    private void killedAfter(String url, String version) {
        Callback kill = new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_EACH_MIGRATE && version.equals(context.getMigrationInfo().getVersion().getVersion());
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                try (var statement = context.getConnection().createStatement()) {
                    statement.execute("SHUTDOWN IMMEDIATELY");
                } catch (java.sql.SQLException expected) {
                    // the database is gone under the statement
                }
                throw new IllegalStateException("killed after V" + version);
            }

            @Override
            public String getCallbackName() {
                return "kill-after-" + version;
            }
        };
        Flyway flyway = configure(url).callbacks(kill).load();
        assertThatThrownBy(() -> new WarehouseSchema(flyway).migrate(upgrade -> { })).isNotNull();
    }

    /** What H2 could not open: the file's header overwritten. */
    private static void unopenable(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(new byte[8192]);
        }
        assertThatThrownBy(() -> jdbc("jdbc:h2:file:" + file.toString().replace(".mv.db", ""))
                .sql("SELECT 1").query(Integer.class).single()).as("the file no longer opens").isNotNull();
    }

    private String url(String name) {
        return "jdbc:h2:file:" + directory.resolve(name);
    }

    private static Flyway flyway(String url, String target) {
        var configuration = configure(url);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(String url) {
        return Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .placeholders(Map.of("reportingUser", "reporting", "reportingPassword", "reporting"))
                .javaMigrations(TestWarehouse.pageBodiesToWarc());
    }

    private static JdbcClient jdbc(String url) {
        return JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
    }
}
