package org.pubharvest.config.job;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The harvest job's parameters. {@code year} says what to harvest; {@code run} tells apart
 * runs of the same year, so that a completed year can be harvested again as a new instance
 * while a failed one is restarted with its own parameters.
 */
public final class HarvestParameters {

    public static final String YEAR = "year";
    public static final String RUN = "run";

    private HarvestParameters() {
    }

    public static JobParameters forYear(int year, long run) {
        return new JobParametersBuilder()
                .addLong(YEAR, (long) year)
                .addLong(RUN, run)
                .toJobParameters();
    }

    /** Whether two parameter sets harvest the same thing (the run number aside). */
    public static boolean sameScope(JobParameters a, JobParameters b) {
        return java.util.Objects.equals(a.getLong(YEAR), b.getLong(YEAR));
    }

    static final class Validator implements JobParametersValidator {
        @Override
        public void validate(JobParameters parameters) throws InvalidJobParametersException {
            Long year = parameters.getLong(YEAR);
            if (year == null || year < 1990 || year > 2100) {
                throw new InvalidJobParametersException("the harvest job needs a year between 1990 and 2100, got " + year);
            }
            if (parameters.getLong(RUN) == null) {
                throw new InvalidJobParametersException("the harvest job needs a run number");
            }
        }
    }
}
