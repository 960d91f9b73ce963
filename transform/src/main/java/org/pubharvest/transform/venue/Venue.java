package org.pubharvest.transform.venue;

import java.util.Objects;

/**
 * A canonical venue: a conference series or journal, not one year of it.
 *
 * @param key     stable natural key, e.g. {@code sosp}
 * @param acronym short name, e.g. {@code SOSP}; null when the venue has none
 * @param name    full name
 */
public record Venue(String key, String acronym, String name) {

    public Venue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
