package org.pubharvest.ingest.site;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Checks selectors when a profile is loaded, so a typo fails at start-up with the field's name. */
final class Selectors {

    private Selectors() {
    }

    static void requireValid(String selector, String field) {
        SiteProfile.requireText(selector, field);
        requireValidOrNull(selector, field);
    }

    /** Patterns in a profile hand values over by group name, so a missing group is a profile error. */
    static void requireGroupOrNull(java.util.regex.Pattern pattern, String group, String field) {
        if (pattern != null && !pattern.pattern().contains("(?<" + group + ">")) {
            throw new IllegalArgumentException("site profile field '" + field + "' needs a group named " + group);
        }
    }

    static void requireValidOrNull(String selector, String field) {
        if (selector == null) {
            return;
        }
        try {
            Evaluator parsed = QueryParser.parse(selector);
            assert parsed != null;
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("site profile selector '" + field + "' is not valid CSS: "
                    + e.getMessage(), e);
        }
    }
}
