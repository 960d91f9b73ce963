package org.pubharvest.config.job;

import java.util.Objects;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The harvest job's parameters: the scope ({@code sources}, and {@code year} when there is
 * one) says what to harvest; {@code run} tells apart runs of the same scope, so a completed
 * scope can be harvested again as a new instance while a failed one is restarted with its own
 * parameters.
 */
public final class HarvestParameters {

    public static final String SOURCES = "sources";
    public static final String YEAR = "year";
    public static final String RUN = "run";
    /** Not identifying: a run revalidates every url ({@code harvest --full}); its restart keeps it. */
    public static final String FULL = "full";

    private HarvestParameters() {
    }

    public static JobParameters of(HarvestScope scope, long run) {
        return of(scope, run, false);
    }

    public static JobParameters of(HarvestScope scope, long run, boolean full) {
        JobParametersBuilder builder = new JobParametersBuilder().addString(SOURCES, scope.sourcesParameter());
        if (scope.year() != null) {
            builder.addLong(YEAR, scope.year().longValue());
        }
        if (full) {
            builder.addString(FULL, "true", false);
        }
        return builder.addLong(RUN, run).toJobParameters();
    }

    /** Whether the run revalidates every url, whatever the revisit schedule says. */
    public static boolean isFull(JobParameters parameters) {
        return "true".equals(parameters.getString(FULL));
    }

    public static HarvestScope scope(JobParameters parameters) {
        Long year = parameters.getLong(YEAR);
        return HarvestScope.of(parameters.getString(SOURCES), year == null ? null : year.intValue());
    }

    /** Whether a run's parameters harvest the given scope. */
    public static boolean hasScope(JobParameters parameters, HarvestScope scope) {
        return parameters.getString(SOURCES) != null && scope(parameters).equals(scope);
    }

    static final class Validator implements JobParametersValidator {
        @Override
        public void validate(JobParameters parameters) throws InvalidJobParametersException {
            if (parameters.getString(SOURCES) == null || parameters.getString(SOURCES).isBlank()) {
                throw new InvalidJobParametersException("the harvest job needs the sources to walk");
            }
            Long year = parameters.getLong(YEAR);
            if (year != null && (year < 1990 || year > 2100)) {
                throw new InvalidJobParametersException("the harvest year must be between 1990 and 2100, got " + year);
            }
            if (Objects.isNull(parameters.getLong(RUN))) {
                throw new InvalidJobParametersException("the harvest job needs a run number");
            }
        }
    }
}
