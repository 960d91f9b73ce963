package org.pubharvest.config.warehouse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Who holds the warehouse, as the holder wrote it when it took the lock.
 *
 * @param host  the holder's host name
 * @param pid   its process id
 * @param work  what it does, e.g. {@code harvest publications year=2021} or {@code reprocess kind=all}
 * @param runId the run (job instance) it harvests, or null before the run is known and for reprocess
 * @param since when it took the lock
 */
public record WarehouseHolder(String host, long pid, String work, Long runId, Instant since) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    public WarehouseHolder {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(since, "since");
    }

    /** e.g. {@code host h1, pid 1234, run 7, since 2026-12-01T22:10Z}. */
    public String describe() {
        return "host " + host + ", pid " + pid + ", " + (runId == null ? work : "run " + runId)
                + ", since " + MINUTE.format(since);
    }
}
