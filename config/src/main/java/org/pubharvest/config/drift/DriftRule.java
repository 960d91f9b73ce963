package org.pubharvest.config.drift;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pubharvest.load.fill.KindFieldFill;

/**
 * The comparison itself, without the database: a field drifted when this run gave enough records of its
 * kind and its fill fell by more than the threshold below the mean of the recent runs that also gave
 * enough. A rise, a small sample or no history is never drift.
 */
public final class DriftRule {

    /** Fill rates are ratios of counts: a fall of exactly the threshold must not pass for more by rounding. */
    private static final double ROUNDING = 1e-9;

    private final DriftSettings settings;

    public DriftRule(DriftSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @param history the same kind and field in earlier completed runs, newest first */
    public Optional<Drift> compare(KindFieldFill current, List<KindFieldFill> history) {
        if (current.records() < settings.minRecords()) {
            return Optional.empty();
        }
        List<KindFieldFill> compared = history.stream().filter(run -> run.records() >= settings.minRecords())
                .limit(settings.historyRuns()).toList();
        if (compared.isEmpty()) {
            return Optional.empty();
        }
        double before = compared.stream().mapToDouble(KindFieldFill::fillRate).average().orElseThrow();
        double after = current.fillRate();
        return before - after > settings.threshold() + ROUNDING
                ? Optional.of(new Drift.FillFell(current.kind(), current.field(), before, after, compared.size()))
                : Optional.empty();
    }

    /** A list kind whose extracted pages gave no items at all has drifted, whatever its history. */
    public Optional<Drift> noItems(String kind, int pages, int items) {
        return pages > 0 && items == 0 ? Optional.of(new Drift.NoItems(kind, pages)) : Optional.empty();
    }
}
