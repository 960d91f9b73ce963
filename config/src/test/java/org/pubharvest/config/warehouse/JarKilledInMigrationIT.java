package org.pubharvest.config.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.WarehouseMigrations;
import org.pubharvest.config.support.WarehouseMigrations.Boundary;

/**
 * The real jar killed with SIGKILL between two statements of a migration, then started again on the same
 * H2 warehouse, boundary after boundary: each start undoes the cut-short attempt (the journal: a restore
 * of the backup, or a half-created file removed) and migrates again, and the last one opens a warehouse
 * equal to one never interrupted. Each start continues from where the last kill left the warehouse, so a
 * kill in migration V<n> lands on a warehouse being upgraded from V<n-1>. The jar holds at a boundary when
 * asked ({@code --pubharvest.testing.pause-in-migration}); the test kills it there. In the build it kills
 * at {@value #SEEDED_BOUNDARIES} boundaries chosen by {@code -Dcrash.seed};
 * {@code -Dmigration.jar-kills=all} kills it at every boundary (about four minutes), which is how the
 * files H2 2.4 itself cannot open again were found (README, "Restart and recovery").
 */
class JarKilledInMigrationIT {

    private static final int SEEDED_BOUNDARIES = 2;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    @Test
    void aStartKilledAtStatementBoundariesOpensTheWarehouseAtTheNextStart() throws Exception {
        List<Boundary> boundaries = WarehouseMigrations.boundaries("h2", "jdbc:h2:mem:jar-kills;DB_CLOSE_DELAY=-1", "sa");
        List<Boundary> chosen = chosen(boundaries);

        String clean = "jdbc:h2:file:" + directory.resolve("clean");
        assertThat(open(clean, "clean").awaitExit(Duration.ofMinutes(1))).isZero();
        Map<String, List<String>> expected = SchemaSnapshot.of(clean, "sa");

        String killed = "jdbc:h2:file:" + directory.resolve("killed");
        for (Boundary boundary : chosen) {
            HarvestProcess process = open(killed, "kill-" + boundary.version() + "-" + boundary.statementsDone(),
                    "--pubharvest.testing.pause-in-migration=" + boundary.version() + ":" + boundary.statementsDone());
            process.awaitWhileRunning(() -> process.logContains("paused in migration"), Duration.ofMinutes(1), "the pause at " + boundary);
            process.kill();
        }
        HarvestProcess last = open(killed, "last");
        assertThat(last.awaitExit(Duration.ofMinutes(1))).as(last.log()).isZero();
        assertThat(SchemaSnapshot.of(killed, "sa")).as("killed at %s", chosen).isEqualTo(expected);
    }

    /** Every boundary in order with the property, else a few in order chosen by a seed. */
    private static List<Boundary> chosen(List<Boundary> boundaries) {
        if ("all".equals(System.getProperty("migration.jar-kills"))) {
            return boundaries;
        }
        List<Integer> indexes = new ArrayList<>();
        Random random = new Random(Long.getLong("crash.seed", 20261201L));
        while (indexes.size() < SEEDED_BOUNDARIES) {
            int index = random.nextInt(boundaries.size());
            if (!indexes.contains(index)) {
                indexes.add(index);
            }
        }
        Collections.sort(indexes);
        return indexes.stream().map(boundaries::get).toList();
    }

    /**
     * {@code reprocess}: a command that opens (and so migrates) the warehouse as its owner and, with no stored
     * page, does nothing else ({@code status} only reads, as the reporting user).
     */
    private HarvestProcess open(String database, String log, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("reprocess", "--spring.datasource.url=" + database));
        args.addAll(List.of(more));
        return HarvestProcess.start(directory.resolve(log + ".log"), args);
    }
}
