package org.pubharvest.transform.job;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Country codes and English names to ISO 3166 alpha-2, from the JDK's own table
 * ({@link Locale#getISOCountries()}): "US", "USA" and "United States" are all {@code US}.
 */
final class Countries {

    /** Spellings outside ISO 3166 that sites use anyway. */
    private static final Map<String, String> ALIASES = Map.of("UK", "GB", "UNITED STATES OF AMERICA", "US");
    private static final Map<String, String> ALPHA2_BY_KEY = table();

    private Countries() {
    }

    /** The alpha-2 code of a code (alpha-2 or alpha-3) or an English name; empty if none is known. */
    static Optional<String> alpha2(String stated) {
        if (stated == null || stated.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ALPHA2_BY_KEY.get(stated.strip().toUpperCase(Locale.ROOT)));
    }

    private static Map<String, String> table() {
        Map<String, String> table = new HashMap<>(ALIASES);
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(alpha2).build();
            table.put(alpha2, alpha2);
            table.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), alpha2);
            try {
                table.put(country.getISO3Country(), alpha2);
            } catch (MissingResourceException e) {
                // A code without an alpha-3 form is still known by its alpha-2 and its name.
            }
        }
        return Map.copyOf(table);
    }
}
