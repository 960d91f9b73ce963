package org.pubharvest.load.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.load.support.TestWarehouse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The harvest_run row through a run's life, restarts included. */
class HarvestRunsTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final RunCounts COUNTS = new RunCounts(24, 24, 0, 0, 0, 0, 0);

    private JdbcClient jdbc;
    private HarvestRuns runs;

    @BeforeEach
    void freshWarehouse() {
        jdbc = JdbcClient.create(TestWarehouse.create());
        runs = new HarvestRuns(jdbc);
    }

    @Test
    void aFailedRunRestartedIsStartedAgain() {
        runs.started(1, "harvest", "year=2021", AT);
        runs.finished(1, "FAILED", COUNTS, AT.plusSeconds(60));

        runs.started(1, "harvest", "year=2021", AT.plusSeconds(120));

        assertThat(statusAndFinish()).isEqualTo("STARTED null");
    }

    /** The report step (the last) committed, then the process died: the restart that closes the execution keeps it done. */
    @Test
    void aRunWhoseReportCompletedStaysCompletedWhenItsExecutionIsRestarted() {
        runs.started(1, "harvest", "year=2021", AT);
        runs.finished(1, "COMPLETED", COUNTS, AT.plusSeconds(60));

        runs.started(1, "harvest", "year=2021", AT.plusSeconds(120));

        assertThat(statusAndFinish()).startsWith("COMPLETED 2026-12-01");
        assertThat(jdbc.sql("SELECT loaded FROM harvest_run WHERE id = 1").query(Integer.class).single()).isEqualTo(24);
    }

    private String statusAndFinish() {
        return jdbc.sql("SELECT status, finished_at FROM harvest_run WHERE id = 1")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).single();
    }
}
