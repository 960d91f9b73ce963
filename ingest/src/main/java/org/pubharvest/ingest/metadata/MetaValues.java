package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small readings of meta values shared by the tag readers. */
final class MetaValues {

    private static final Pattern DOI_INSIDE = Pattern.compile("(?i)(^|doi|/)\\s*:?\\s*10\\.\\d{4,9}/\\S+");

    private MetaValues() {
    }

    /** Each value split on the separator, parts trimmed, empty parts dropped. */
    static List<String> split(List<String> values, String separator) {
        List<String> parts = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(separator)) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    /**
     * The first value that is a DOI in any form pages write one: bare {@code 10.…}, {@code doi:10.…},
     * {@code info:doi/10.…}, {@code urn:doi:10.…} or a doi.org url. Other identifiers (ISBNs, handles,
     * the page's own url) are not DOIs.
     */
    static String firstDoi(List<String> identifiers) {
        for (String identifier : identifiers) {
            String lower = identifier.toLowerCase(Locale.ROOT);
            if (lower.startsWith("10.") || (lower.contains("doi") && DOI_INSIDE.matcher(lower).find())) {
                return identifier;
            }
        }
        return null;
    }

    /** The first page of a range such as "123-145" or "e1002", or the value itself. */
    static String firstPage(String pageRange) {
        if (pageRange == null) {
            return null;
        }
        String[] parts = pageRange.strip().split("\\s*[-\u2013\u2014]\\s*");
        return parts.length == 0 || parts[0].isEmpty() ? null : parts[0];
    }
}
