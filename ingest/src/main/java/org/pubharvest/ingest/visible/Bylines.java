package org.pubharvest.ingest.visible;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.metadata.ElementText;

/**
 * Authors as a reader sees them, tried in this order: links marked {@code rel=author}; the first
 * author list (an element whose class names say author, byline, contributor or creator) outside
 * boilerplate; links to author profile pages ({@code /author/…}, {@code /people/…}); a line that
 * starts "By". Each candidate must look like a person's name.
 */
final class Bylines {

    private static final Set<String> AUTHOR_WORDS = Set.of("author", "authors", "byline", "contributor",
            "contributors", "creator", "creators", "contrib");
    private static final Pattern PROFILE_LINK = Pattern.compile("(?i)/(author|authors|people|person|profile|staff|researchers?)/[^/?#]+");
    private static final Pattern BY_LINE = Pattern.compile("(?i)^\\s*(?:by|written by|authors?:)\\s+(.+)$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\||\u00b7)\\s*");
    private static final Pattern LAST_FIRST_SEPARATORS = Pattern.compile("\\s*(?:;|\\band\\b|&|\\|)\\s*");
    private static final Pattern MARKERS = Pattern.compile("[\\d*\u2020\u2021\u00a7\u00b6#,;]+$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*\\b(authors?|by|et al|affiliations?|"
            + "show (more|less|all)|orcid|view|profile|more|edited|editor|correspondence|email|university|"
            + "institute|department|inc|llc|corresponding|info|contact|follow|read|posted|published|minutes?)\\b.*");

    private Bylines() {
    }

    /** @return the names in byline order and where they came from, or null */
    static Names read(Document document, PageRegions regions) {
        Names names = fromLinks(document.select("a[rel~=(?i)author]"), regions, "rel-author");
        if (names == null) {
            names = fromAuthorList(document, regions);
        }
        if (names == null) {
            List<Element> profileLinks = new ArrayList<>();
            for (Element link : document.select("a[href]")) {
                if (PROFILE_LINK.matcher(link.attr("href")).find()) {
                    profileLinks.add(link);
                }
            }
            names = fromLinks(profileLinks, regions, "author-links");
        }
        if (names == null) {
            names = byLine(regions);
        }
        return names == null ? afterTitle(document, regions) : names;
    }

    /**
     * @param names  the authors in page order
     * @param source where they were read
     */
    record Names(List<String> names, String source) {
    }

    private static Names fromLinks(List<Element> links, PageRegions regions, String source) {
        List<String> names = new ArrayList<>();
        for (Element link : links) {
            if (!regions.isBoilerplate(link)) {
                addName(link.text(), names);
            }
        }
        return names.isEmpty() ? null : new Names(names, source);
    }

    private static Names fromAuthorList(Document document, PageRegions regions) {
        for (Element element : regions.mainElements()) {
            if (!regions.hasClassWord(element, AUTHOR_WORDS) || regions.isBoilerplate(element)
                    || element.normalName().equals("body")) {
                continue;
            }
            List<String> names = namesIn(element);
            if (!names.isEmpty()) {
                return new Names(names, "byline:" + element.normalName() + "." + firstClass(element));
            }
        }
        return null;
    }

    /**
     * The names in an author list: its text split at the separators of a list of people, unless
     * its links (or items) name more of them; names as "Last, First" are separated by semicolons.
     */
    private static List<String> namesIn(Element list) {
        List<String> fromParts = new ArrayList<>();
        for (String selector : new String[] {"a", "li", "[itemprop=name], [class*=name]"}) {
            for (Element part : list.select(selector)) {
                addName(part.text(), fromParts);
            }
            if (!fromParts.isEmpty()) {
                break;
            }
        }
        List<String> fromText = split(list.text());
        return fromText.size() > fromParts.size() ? fromText : fromParts;
    }

    /** "By A, B and C", "A; B; C" ("Last, First" names): the names of a line that lists people. */
    static List<String> split(String line) {
        List<String> names = new ArrayList<>();
        for (String part : parts(line)) {
            addName(part, names);
        }
        return names;
    }

    /** The pieces of a line between the separators of a list of people, a leading "By" left out. */
    private static List<String> parts(String line) {
        java.util.regex.Matcher by = BY_LINE.matcher(line);
        String names = by.matches() ? by.group(1) : line;
        Pattern separators = names.contains(";") ? LAST_FIRST_SEPARATORS : SEPARATORS;
        return java.util.Arrays.stream(separators.split(names)).filter(part -> !part.isBlank()).toList();
    }

    /**
     * A line of nothing but names just below the main heading, as simple sites write a byline:
     * every part must look like a person's name.
     */
    private static Names afterTitle(Document document, PageRegions regions) {
        Element heading = document.selectFirst("h1");
        for (Element at = heading; at != null && at != regions.main(); at = at.parent()) {
            Element next = at.nextElementSibling();
            for (int step = 0; next != null && step < 3; step++, next = next.nextElementSibling()) {
                String text = next.text();
                if (text.isBlank() || text.length() > 400 || regions.isBoilerplate(next)) {
                    continue;
                }
                List<String> names = split(text);
                // Two names at least, and nothing else on the line: one capitalized pair of words alone could be a subtitle.
                if (names.size() >= 2 && names.size() == parts(text).size()) {
                    return new Names(names, "names-after-title");
                }
            }
            if (at.nextElementSibling() != null) {
                return null;
            }
        }
        return null;
    }

    private static Names byLine(PageRegions regions) {
        for (Element element : regions.main().select("p, div, span, address")) {
            if (!regions.isShort(element, 340)) {
                continue;
            }
            String own = element.ownText();
            if (own.length() > 300 || !BY_LINE.matcher(element.text()).matches() || regions.isBoilerplate(element)
                    || element.text().length() > 300) {
                continue;
            }
            List<String> names = split(element.text());
            if (!names.isEmpty()) {
                return new Names(names, "by-line");
            }
        }
        return null;
    }

    private static void addName(String raw, List<String> names) {
        String name = ElementText.emptyToNull(MARKERS.matcher(raw.strip()).replaceAll(""));
        if (name != null && looksLikeName(name) && !names.contains(name)) {
            names.add(name);
        }
    }

    /** One to six words with letters and no digits, not a label: "Atalanti A. Mastakouri", "Schölkopf, B.". */
    static boolean looksLikeName(String text) {
        if (text.length() > 80 || text.matches(".*\\d.*") || !text.matches(".*\\p{L}.*")) {
            return false;
        }
        int words = text.split("\\s+").length;
        return words <= 6 && !NOT_A_NAME.matcher(text.toLowerCase(Locale.ROOT)).matches()
                && (words >= 2 || text.contains(","));
    }

    private static String firstClass(Element element) {
        String className = element.className().strip();
        return className.isEmpty() ? "#" + element.id() : className.split("\\s+")[0];
    }
}
