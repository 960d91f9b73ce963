package org.pubharvest.ingest.visible;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.metadata.ElementText;

/**
 * The title a reader sees: the page's main heading, else {@code <title>} with the site's name taken
 * off. Of several {@code h1}s the one in the main content that the {@code <title>} repeats wins;
 * a heading that is the site's logo or a generic word ("Abstract") is none.
 */
final class VisibleTitle {

    /** " | ", " - ", " – ", " — ", " :: ", " · ": how sites join a page's title to their name. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|\u2013|\u2014|::|\u00b7|\u2022)\\s+");
    private static final Set<String> GENERIC = Set.of("abstract", "article", "publication", "paper", "home",
            "menu", "search", "full text", "article details", "details");

    private VisibleTitle() {
    }

    /** @return the title and where it came from ({@code heading:h1}, {@code title-element}), or null */
    static String[] read(Document document, PageRegions regions) {
        List<String> siteNames = SiteNames.all(document);
        String titleElement = titleElement(document, siteNames);
        Element heading = mainHeading(document, regions, titleElement, siteNames);
        if (heading != null) {
            return new String[] {ElementText.emptyToNull(heading.text()),
                    heading.normalName().equals("h1") ? "heading:h1" : "heading:aria-level-1"};
        }
        return titleElement == null ? null : new String[] {titleElement, "title-element"};
    }

    private static Element mainHeading(Document document, PageRegions regions, String titleElement,
                                       List<String> siteNames) {
        List<Element> candidates = new ArrayList<>();
        for (Element heading : document.select("h1, [role=heading][aria-level=1]")) {
            String text = ElementText.emptyToNull(heading.text());
            if (text != null && !regions.isBoilerplate(heading) && !GENERIC.contains(text.toLowerCase(java.util.Locale.ROOT))
                    && !SiteNames.isSiteName(text, siteNames) && text.length() <= 1000) {
                candidates.add(heading);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (titleElement != null) {
            String folded = fold(titleElement);
            for (Element candidate : candidates) {
                String text = fold(candidate.text());
                if (!text.isEmpty() && (folded.contains(text) || text.contains(folded))) {
                    return candidate;
                }
            }
        }
        for (Element candidate : candidates) {
            if (candidate.closest(PageRegions.MAIN_OR_ARTICLE) != null) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    /** {@code <title>} without the site's name: "Paper title | Journal X" gives "Paper title". */
    static String titleElement(Document document, List<String> siteNames) {
        Element title = document.selectFirst("head > title, title");
        String text = title == null ? null : ElementText.emptyToNull(title.text());
        if (text == null) {
            return null;
        }
        List<String> segments = new ArrayList<>(List.of(SEPARATOR.split(text)));
        boolean removed = false;
        while (segments.size() > 1 && SiteNames.isSiteName(segments.get(segments.size() - 1), siteNames)) {
            segments.remove(segments.size() - 1);
            removed = true;
        }
        while (segments.size() > 1 && SiteNames.isSiteName(segments.get(0), siteNames)) {
            segments.remove(0);
            removed = true;
        }
        // "Title | Site" with a site name nothing on the page declares: a bar still marks the name.
        if (!removed && segments.size() > 1 && text.contains(" | ")) {
            return ElementText.emptyToNull(text.substring(0, text.lastIndexOf(" | ")));
        }
        String joined = rejoin(text, segments);
        if (SiteNames.isSiteName(joined, siteNames) || GENERIC.contains(joined.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return ElementText.emptyToNull(joined);
    }

    /** The piece of {@code <title>} that names the site ("Journal X" of "Paper | Journal X"), or null. */
    static String siteSegment(Document document) {
        Element title = document.selectFirst("head > title, title");
        String text = title == null ? null : ElementText.emptyToNull(title.text());
        if (text == null) {
            return null;
        }
        String[] segments = SEPARATOR.split(text);
        if (segments.length < 2) {
            return null;
        }
        String last = segments[segments.length - 1].strip();
        boolean named = SiteNames.isSiteName(last, SiteNames.all(document)) || text.contains(" | ");
        return named && last.split("\\s+").length <= 8 ? last : null;
    }

    /** The kept segments as the title wrote them, separators and all. */
    private static String rejoin(String text, List<String> segments) {
        String first = segments.get(0);
        String last = segments.get(segments.size() - 1);
        int start = text.indexOf(first);
        int end = text.lastIndexOf(last) + last.length();
        return start >= 0 && end >= start ? text.substring(start, end).strip() : String.join(" - ", segments);
    }

    private static String fold(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
