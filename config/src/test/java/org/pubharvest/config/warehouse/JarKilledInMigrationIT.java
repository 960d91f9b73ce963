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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.WarehouseMigrations;
import org.pubharvest.config.support.WarehouseMigrations.Boundary;

/**
 * The real jar killed with SIGKILL between two statements of a migration, then started again on the same
 * H2 warehouse, boundary after boundary: each start runs the half-applied migration again from its first
 * statement, and the last one opens a warehouse equal to one never interrupted. The jar holds at a boundary
 * when asked ({@code --pubharvest.testing.pause-in-migration}); the test kills it there.
 * {@code -Dmigration.jar-kills=all} kills it at every boundary, each start continuing from the last;
 * {@code -Dmigration.jar-kills=seeded} at three chosen by {@code -Dcrash.seed}. Not run by default: with
 * every boundary it found two ways H2 2.4 itself leaves a file after SIGKILL (README, "Restart and
 * recovery"); one is mended at start-up, the other is not yet.
 */
@EnabledIfSystemProperty(named = "migration.jar-kills", matches = "all|seeded")
class JarKilledInMigrationIT {

    private static final int SEEDED_BOUNDARIES = 3;

    @TempDir
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

    /** {@code status}: a command that opens (and so migrates) the warehouse and does nothing else. */
    private HarvestProcess open(String database, String log, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("status", "--spring.datasource.url=" + database));
        args.addAll(List.of(more));
        return HarvestProcess.start(directory.resolve(log + ".log"), args);
    }
}
