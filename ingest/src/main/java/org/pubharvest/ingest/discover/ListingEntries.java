package org.pubharvest.ingest.discover;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.pubharvest.ingest.fetch.ContentHash;

/**
 * Finds each linked page's entry on a listing page by structure, not by class names: the largest
 * element around a detail link that holds no link to another detail page (a card, a list item, a table
 * row, whatever the markup). Its text (title, date, authors, teaser) is digested into a teaser, which
 * changes when the listing shows something new about the page, so that the page is due at once.
 */
final class ListingEntries {

    /** 64 bits of SHA-256: a change detector over a few thousand entries, not a content address. */
    private static final int DIGEST_CHARS = 16;

    private final Map<Element, String> soleUrlInside = new IdentityHashMap<>();
    private final Map<String, Element> firstLink = new LinkedHashMap<>();

    /** Records a detail link and the canonical url it leads to. */
    void add(Element link, String url) {
        firstLink.putIfAbsent(url, link);
        for (Element element = link; element != null; element = element.parent()) {
            String before = soleUrlInside.get(element);
            if (before == null) {
                soleUrlInside.put(element, url);
            } else if (!before.equals(url)) {
                soleUrlInside.put(element, "");
            }
        }
    }

    /**
     * The teaser digest of each url. None when the page links to fewer than two detail pages: with
     * nothing to tell entries apart, an entry would grow to the whole page, whose other parts (the
     * navigation, a date in the footer) are no news about the linked page.
     */
    Map<String, String> teasers() {
        Map<String, String> teasers = new LinkedHashMap<>();
        if (firstLink.size() < 2) {
            return teasers;
        }
        firstLink.forEach((url, link) -> {
            Element entry = link;
            while (entry.parent() != null && url.equals(soleUrlInside.get(entry.parent()))) {
                entry = entry.parent();
            }
            String text = entry.text().strip();
            if (!text.isEmpty()) {
                teasers.put(url, digest(text));
            }
        });
        return teasers;
    }

    /** A digest of an entry's visible text, the same for the same words whatever the markup's whitespace. */
    static String digest(String text) {
        String normalized = text.replaceAll("\\s+", " ").strip();
        return ContentHash.of(normalized.getBytes(StandardCharsets.UTF_8)).substring(0, DIGEST_CHARS);
    }
}
