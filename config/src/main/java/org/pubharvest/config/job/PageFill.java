package org.pubharvest.config.job;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one page gave, as the drift check counts it: how many items, and of those how many have
 * each field the kind watches. Items are usually the records the kind loads; a ranking list counts
 * its entries.
 *
 * @param items  records (or entries) the page gave
 * @param filled per watched field, how many items have it; empty when the kind watches none
 */
public record PageFill(int items, Map<String, Integer> filled) {

    /** For kinds the drift check does not watch. */
    public static final PageFill UNWATCHED = new PageFill(0, Map.of());

    public PageFill {
        filled = Map.copyOf(filled);
    }

    /**
     * Counts, for each field, the items whose value is there: not null, and not blank or empty
     * when it is text or a collection.
     *
     * @param fields each watched field's name and how to read it from an item
     */
    public static <T> PageFill count(List<T> items, Map<String, Function<T, ?>> fields) {
        Map<String, Integer> filled = new LinkedHashMap<>();
        fields.forEach((name, value) -> filled.put(name,
                (int) items.stream().map(value).filter(PageFill::isFilled).count()));
        return new PageFill(items.size(), filled);
    }

    static boolean isFilled(Object value) {
        if (value instanceof CharSequence text) {
            return !text.toString().isBlank();
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        return Objects.nonNull(value);
    }
}
