package org.pubharvest.config.job;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one run harvests: which discovery sources (by name, e.g. {@code publications}) and,
 * for those that page by year, which year (null: no year filter).
 *
 * @param sources names of the discovery sources to walk
 * @param year    the year, or null
 */
public record HarvestScope(SortedSet<String> sources, Integer year) {

    public HarvestScope {
        Objects.requireNonNull(sources, "sources");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a harvest needs at least one source");
        }
        sources = Collections.unmodifiableSortedSet(new TreeSet<>(sources));
    }

    public static HarvestScope of(String commaSeparatedSources, Integer year) {
        return new HarvestScope(new TreeSet<>(Arrays.asList(commaSeparatedSources.split(","))), year);
    }

    public boolean includes(String source) {
        return sources.contains(source);
    }

    /** e.g. {@code publications,rankings year=2021}, or the sources alone without a year. */
    public String describe() {
        return sourcesParameter() + (year == null ? "" : " year=" + year);
    }

    /** The sources as the job parameter stores them: sorted, comma-separated. */
    public String sourcesParameter() {
        return String.join(",", sources);
    }
}
