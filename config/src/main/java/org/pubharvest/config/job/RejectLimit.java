package org.pubharvest.config.job;

import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.UrlState;

/**
 * Fails the step (and so the run, restartably) once a run has rejected more urls than the
 * limit: past a point, rejects mean something systematic (a markup change, a wrong mirror),
 * and carrying on would quietly reject a whole site.
 */
public class RejectLimit {

    private final long runId;
    private final int limit;
    private final Frontier frontier;

    public RejectLimit(long runId, int limit, Frontier frontier) {
        this.runId = runId;
        this.limit = limit;
        this.frontier = frontier;
    }

    /** Called after each chunk's writes, inside its transaction: throwing rolls the chunk back. */
    void check() {
        int rejected = frontier.countByState(runId).get(UrlState.REJECTED);
        if (rejected > limit) {
            throw new RejectLimitExceededException(rejected + " urls rejected in run " + runId + ", more than the limit of "
                    + limit + " (pubharvest.harvest.reject-limit): something is systematically wrong; see the reject table");
        }
    }

    /** Too many rejects in one run. */
    public static class RejectLimitExceededException extends RuntimeException {
        RejectLimitExceededException(String message) {
            super(message);
        }
    }
}
