package org.pubharvest.transform.job;

import java.util.Objects;

/**
 * Where a posting is.
 *
 * @param country ISO 3166 alpha-2, upper case
 * @param region  the region as the site states it (a state or province code such as "WA" or "TN"), or null
 * @param city    the city, or null
 */
public record Location(String country, String region, String city) {

    public Location {
        Objects.requireNonNull(country, "country");
    }
}
