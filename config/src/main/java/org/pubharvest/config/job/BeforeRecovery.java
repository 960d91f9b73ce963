package org.pubharvest.config.job;

import org.springframework.batch.core.job.JobExecution;

/**
 * What must end before a harvest execution that a dead process left running is recovered (marked
 * failed) and restarted. In a distributed run it is the partitions the dead manager's workers are still
 * running: failing them under a live worker would have the restart fetch the same host from two workers
 * at once. A run of one process has nothing to wait for.
 */
public interface BeforeRecovery {

    /** Waits as long as needed; returns the execution as the job repository holds it now. */
    JobExecution settle(JobExecution leftRunning);
}
