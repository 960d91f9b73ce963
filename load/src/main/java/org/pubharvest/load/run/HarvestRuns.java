package org.pubharvest.load.run;

import java.time.Instant;
import java.util.Objects;

import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code harvest_run} table: one summary row per job instance, continued by a restart. */
public final class HarvestRuns {

    private final JdbcClient jdbc;

    public HarvestRuns(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    public void started(long runId, String jobName, String parameters, Instant at) {
        int updated = jdbc.sql("UPDATE harvest_run SET status = 'STARTED', finished_at = NULL WHERE id = ?")
                .param(runId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO harvest_run (id, job_name, parameters, status, started_at) VALUES (?, ?, ?, 'STARTED', ?)")
                    .params(runId, jobName, parameters, Timestamps.of(at))
                    .update();
        }
    }

    public void finished(long runId, String status, RunCounts counts, Instant at) {
        jdbc.sql("""
                        UPDATE harvest_run SET status = ?, finished_at = ?, discovered = ?, loaded = ?, unchanged = ?,
                            rejected = ?, gone = ?, failed = ?
                        WHERE id = ?""")
                .params(status, Timestamps.of(at), counts.discovered(), counts.loaded(), counts.unchanged(),
                        counts.rejected(), counts.gone(), counts.failed(), runId)
                .update();
    }
}
