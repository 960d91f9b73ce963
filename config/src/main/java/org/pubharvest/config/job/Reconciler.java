package org.pubharvest.config.job;

import java.time.Instant;

/**
 * Work that needs the whole warehouse as the extract step left it, such as linking ranking entries
 * to publications loaded in this or an earlier run. Reconcilers are Spring beans; the reconcile step
 * runs each of them, in name order, after extraction and before the report. A reconciler must be
 * idempotent: a restarted step runs it again.
 */
public interface Reconciler {

    /** Stable name, for logs and ordering. */
    String name();

    void reconcile(HarvestScope scope, Instant at);
}
