package org.pubharvest.load;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as JDBC values for TIMESTAMP WITH TIME ZONE columns, which H2 and PostgreSQL both take as OffsetDateTime. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
