package org.pubharvest.config.reprocess;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;

/**
 * Which stored pages to extract again.
 *
 * @param kind  only pages of this kind (e.g. {@code publication}), or null for every kind
 * @param since only pages fetched on or after this day (UTC), or null for all
 */
public record ReprocessScope(String kind, LocalDate since) {

    /** The start of {@link #since}'s day in UTC, or null. */
    public Instant sinceInstant() {
        return since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String describe() {
        return "kind=" + (kind == null ? "all" : kind) + (since == null ? "" : " since=" + since);
    }
}
