package org.pubharvest.config.job;

/** Told how each harvest run ended, for metrics; called on the thread that ran it. */
public interface RunObserver {

    /** A run that came to an end with a report: completed, failed or stopped. */
    void ended(RunReport report);

    /** A run that ended without one: the warehouse went away or could not be written under it. */
    void endedWithoutReport(HarvestScope scope);
}
