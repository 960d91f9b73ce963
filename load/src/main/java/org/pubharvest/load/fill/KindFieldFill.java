package org.pubharvest.load.fill;

import java.util.Objects;

/**
 * One watched field of one page kind over a whole run.
 *
 * @param runId   the run
 * @param kind    the page kind
 * @param field   the field
 * @param pages   pages of the kind the run extracted
 * @param records records they gave
 * @param filled  of those, how many have the field
 */
public record KindFieldFill(long runId, String kind, String field, int pages, int records, int filled) {

    public KindFieldFill {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
    }

    /** The share of the records that have the field; 0 when there were none. */
    public double fillRate() {
        return records == 0 ? 0 : (double) filled / records;
    }
}
