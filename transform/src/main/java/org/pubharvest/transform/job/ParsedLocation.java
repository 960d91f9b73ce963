package org.pubharvest.transform.job;

import java.util.Objects;

/** A location line read: the location, or the reason it could not be read. */
public sealed interface ParsedLocation {

    record Read(Location location) implements ParsedLocation {
        public Read {
            Objects.requireNonNull(location, "location");
        }
    }

    record Unreadable(String reason) implements ParsedLocation {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
