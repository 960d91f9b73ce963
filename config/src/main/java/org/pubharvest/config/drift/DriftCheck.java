package org.pubharvest.config.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.pubharvest.load.fill.FieldFills;
import org.pubharvest.load.fill.KindFieldFill;

/** Checks a run's field fill (already summed into {@code run_field_fill}) against the runs before it. */
public final class DriftCheck {

    private final FieldFills fills;
    private final DriftSettings settings;
    private final DriftRule rule;
    private final Set<String> listKinds;

    /** @param listKinds the page kinds whose pages are lists of items (job cards, list entries) */
    public DriftCheck(FieldFills fills, DriftSettings settings, Set<String> listKinds) {
        this.fills = Objects.requireNonNull(fills, "fills");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rule = new DriftRule(settings);
        this.listKinds = Set.copyOf(listKinds);
    }

    /** What drifted in the run, by kind and field. */
    public List<Drift> check(long runId) {
        List<KindFieldFill> current = fills.ofRun(runId);
        List<Drift> drifts = new ArrayList<>();
        // Every field row of a kind carries the same page and record counts: one per kind will do.
        Map<String, KindFieldFill> oneRowPerKind = new LinkedHashMap<>();
        current.forEach(row -> oneRowPerKind.putIfAbsent(row.kind(), row));
        oneRowPerKind.values().stream().filter(row -> listKinds.contains(row.kind()))
                .forEach(row -> rule.noItems(row.kind(), row.pages(), row.records()).ifPresent(drifts::add));
        for (KindFieldFill row : current) {
            rule.compare(row, fills.history(row.kind(), row.field(), runId, settings.historyRuns(), settings.minRecords()))
                    .ifPresent(drifts::add);
        }
        return drifts;
    }
}
