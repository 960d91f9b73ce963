package org.pubharvest.load.fill;

import java.util.Objects;

/**
 * One watched field on one extracted page: of the records the page gave, how many have it.
 *
 * @param url     the page
 * @param kind    its page kind
 * @param field   the field's name, e.g. {@code abstract}
 * @param records records the page gave (0 for a rejected page)
 * @param filled  of those, how many have the field
 */
public record PageFieldFill(String url, String kind, String field, int records, int filled) {

    public PageFieldFill {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        if (filled < 0 || filled > records) {
            throw new IllegalArgumentException("filled must be between 0 and records (" + records + "), got " + filled);
        }
    }
}
