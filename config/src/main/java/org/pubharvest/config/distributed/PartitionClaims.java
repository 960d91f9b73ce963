package org.pubharvest.config.distributed;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code partition_claim} table: a worker claims a partition before it runs it (one claim per step
 * execution, so a request the broker delivers twice runs once) and beats while it runs. Times are the
 * database's, so the clocks of the machines do not matter.
 */
public final class PartitionClaims {

    /**
     * The claim the manager takes on a partition no worker has taken, to stop it or fail it itself; not a
     * worker's name, which has no spaces or brackets.
     */
    public static final String MANAGER = "(the manager)";

    private final JdbcClient jdbc;

    public PartitionClaims(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Whether this worker got the partition; false when another (or an earlier delivery) has it. */
    public boolean claim(long stepExecutionId, String worker) {
        try {
            return jdbc.sql("""
                            INSERT INTO partition_claim (step_execution_id, worker, claimed_at, beat_at)
                            VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                    .param(stepExecutionId).param(worker).update() == 1;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    public void beat(long stepExecutionId) {
        jdbc.sql("UPDATE partition_claim SET beat_at = CURRENT_TIMESTAMP WHERE step_execution_id = ?")
                .param(stepExecutionId).update();
    }

    /** Which worker claimed each of these partitions; a partition nobody took yet is missing. */
    public Map<Long, String> claimants(Collection<Long> stepExecutionIds) {
        Map<Long, String> claimants = new HashMap<>();
        for (long id : stepExecutionIds) {
            jdbc.sql("SELECT worker FROM partition_claim WHERE step_execution_id = ?").param(id)
                    .query(String.class).optional().ifPresent(worker -> claimants.put(id, worker));
        }
        return claimants;
    }

    /** Of these claimed partitions, those whose worker has not beaten for longer than the time-out. */
    public Set<Long> silentFor(Collection<Long> stepExecutionIds, Duration timeout) {
        Set<Long> silent = new HashSet<>();
        for (long id : stepExecutionIds) {
            jdbc.sql("SELECT beat_at, CURRENT_TIMESTAMP FROM partition_claim WHERE step_execution_id = ?").param(id)
                    .query((rs, row) -> Duration.between(rs.getObject(1, OffsetDateTime.class),
                            rs.getObject(2, OffsetDateTime.class)))
                    .optional()
                    .filter(sinceBeat -> sinceBeat.compareTo(timeout) > 0)
                    .ifPresent(sinceBeat -> silent.add(id));
        }
        return silent;
    }
}
