package org.pubharvest.ingest.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pubharvest.ingest.bound.BoundedMatch;

import org.jsoup.nodes.Element;

/** Null-tolerant reading of elements found by optional selectors. */
final class Markup {

    private Markup() {
    }

    static Element first(Element root, String selector) {
        return selector == null ? null : root.selectFirst(selector);
    }

    static List<Element> all(Element root, String selector) {
        return selector == null ? List.of() : new ArrayList<>(root.select(selector));
    }

    static String text(Element element) {
        return element == null ? null : emptyToNull(element.text());
    }

    static String link(Element element) {
        return element == null ? null : emptyToNull(element.absUrl("href"));
    }

    /** Whether {@code outer} is {@code inner} or holds it (jsoup elements compare by identity here). */
    static boolean holds(Element outer, Element inner) {
        for (Element at = inner; at != null; at = at.parent()) {
            if (at == outer) {
                return true;
            }
        }
        return false;
    }

    /** A named group of the first match, or null when nothing matches or the pattern lacks the group. */
    static String group(Matcher matcher, String name) {
        try {
            return emptyToNull(matcher.group(name));
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    static Matcher find(Pattern pattern, String text) {
        if (pattern == null || text == null) {
            return null;
        }
        Matcher matcher = BoundedMatch.matcher(pattern, text);
        return matcher.find() ? matcher : null;
    }

    static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
