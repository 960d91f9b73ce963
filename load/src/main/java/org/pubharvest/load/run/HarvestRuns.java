package org.pubharvest.load.run;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.pubharvest.load.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code harvest_run} table: one summary row per job instance, continued by a restart. */
public final class HarvestRuns {

    private final JdbcClient jdbc;

    public HarvestRuns(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /**
     * The run (re)starts. A run already COMPLETED stays so: its report step, the last, committed before
     * the process died, and the restart that follows only closes its job execution.
     */
    public void started(long runId, String jobName, String parameters, Instant at) {
        jdbc.sql("UPDATE harvest_run SET status = 'STARTED', finished_at = NULL WHERE id = ? AND status <> 'COMPLETED'")
                .param(runId).update();
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM harvest_run WHERE id = ?").param(runId).query(Integer.class).single() > 0;
        if (!exists) {
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

    /** What the drift check found in the run, one finding a line; empty clears it (a restarted report). */
    public void recordDrift(long runId, List<String> findings) {
        jdbc.sql("UPDATE harvest_run SET drift = ? WHERE id = ?")
                .params(findings.isEmpty() ? null : String.join("\n", findings), runId)
                .update();
    }

    /** The run's drift findings, empty when there were none (or the run is unknown). */
    public List<String> drift(long runId) {
        return jdbc.sql("SELECT drift FROM harvest_run WHERE id = ?").param(runId)
                .query((rs, row) -> rs.getString(1)).list().stream()
                .filter(Objects::nonNull).flatMap(String::lines).toList();
    }
}
