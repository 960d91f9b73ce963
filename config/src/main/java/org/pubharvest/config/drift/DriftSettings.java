package org.pubharvest.config.drift;

/**
 * When a fall in a field's fill counts as drift.
 *
 * @param threshold   how far (an absolute share, 0.3 = 30 points) a field's fill may fall below the mean of
 *                    the runs before it counts
 * @param minRecords  fewer records of a kind than this in a run say too little about its fields to compare,
 *                    as the run being checked or as one of the runs it is compared with
 * @param historyRuns how many of the latest completed runs (that gave enough records of the kind) the mean
 *                    is taken over
 */
public record DriftSettings(double threshold, int minRecords, int historyRuns) {

    public DriftSettings {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("pubharvest.harvest.drift-threshold must be above 0 and at most 1, got "
                    + threshold);
        }
        if (minRecords < 1) {
            throw new IllegalArgumentException("pubharvest.harvest.drift-min-records must be at least 1, got " + minRecords);
        }
        if (historyRuns < 1) {
            throw new IllegalArgumentException("pubharvest.harvest.drift-history-runs must be at least 1, got " + historyRuns);
        }
    }
}
