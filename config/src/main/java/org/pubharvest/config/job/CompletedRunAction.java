package org.pubharvest.config.job;

import java.time.Instant;

/**
 * Work that only a completed run may do, such as closing job postings the run no longer found:
 * a failed or stopped run never gets here. Actions are Spring beans; the report step runs those
 * whose source the run's scope includes, after the url counts add up, in the same transaction
 * that marks the run COMPLETED.
 */
public interface CompletedRunAction {

    /** The discovery source whose runs this concerns, e.g. {@code jobs}. */
    String source();

    /** Does the work; returns a short summary for the log, e.g. "closed=3". */
    String run(long runId, Instant at);
}
