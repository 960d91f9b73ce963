package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;

/**
 * Reads {@code <meta>} and {@code <link>} elements whatever attribute names the field and whatever
 * its letter case: {@code name=}, {@code property=} (OpenGraph, RDFa, and sites that put
 * {@code citation_doi} there), {@code itemprop=} outside any microdata item, and {@code http-equiv=}
 * never. A {@code property} may hold several space-separated names (RDFa); each is indexed.
 * Values come from {@code content}, or {@code value} as some templates write it.
 */
public final class MetaTags {

    private static final org.jsoup.select.Evaluator IN_ITEM = org.jsoup.select.QueryParser.parse("[itemscope]");
    private static final String META_INDEX = "pubharvest.meta-tags";
    private static final String LINK_INDEX = "pubharvest.link-tags";

    /**
     * The values of one name, with the name as the page spelled it in lower case (for lineage).
     *
     * @param name   the matched name, lower case, e.g. {@code dc.contributor}
     * @param values its values in page order, never empty
     */
    public record Named(String name, List<String> values) {
    }

    /**
     * A {@code <link>} element.
     *
     * @param href absolute url
     * @param type its {@code type} attribute in lower case, or ""
     */
    public record Link(String href, String type) {
    }

    private MetaTags() {
    }

    public static List<String> all(Document document, String name) {
        return metaIndex(document).getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public static String first(Document document, String... names) {
        Named named = firstNamed(document, names);
        return named == null ? null : named.values().get(0);
    }

    /** The first of the names that the page has, with all its values; null when it has none. */
    public static Named firstNamed(Document document, String... names) {
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            List<String> values = metaIndex(document).get(key);
            if (values != null && !values.isEmpty()) {
                return new Named(key, values);
            }
        }
        return null;
    }

    /** Each of the names that the page has, in the order asked, with its values. */
    public static List<Named> allNamed(Document document, String... names) {
        List<Named> found = new ArrayList<>();
        for (String name : names) {
            Named named = firstNamed(document, name);
            if (named != null) {
                found.add(named);
            }
        }
        return found;
    }

    /** Every name the page's meta elements use, lower case, with their values. */
    public static Map<String, List<String>> everything(Document document) {
        return metaIndex(document);
    }

    /** The {@code <link>} elements whose {@code rel} includes the value, in page order. */
    public static List<Link> links(Document document, String rel) {
        return linkIndex(document).getOrDefault(rel.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Every meta tag's content by lower-cased name, in document order, made once per document and
     * kept on it: the readers ask for many names a page, and walking a 100 KB page for each was
     * the largest cost of extraction (README, "Benchmarks"). Readers never modify a document.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> metaIndex(Document document) {
        Object cached = document.attributes().userData(META_INDEX);
        if (cached != null) {
            return (Map<String, List<String>>) cached;
        }
        Map<String, List<String>> index = new HashMap<>();
        for (Element meta : document.getElementsByTag("meta")) {
            ExtractionDeadline.check();
            String content = (meta.hasAttr("content") ? meta.attr("content") : meta.attr("value")).strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : keys(meta)) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
            }
        }
        document.attributes().userData(META_INDEX, index);
        return index;
    }

    private static List<String> keys(Element meta) {
        List<String> keys = new ArrayList<>();
        addTokens(meta.attr("name"), keys);
        addTokens(meta.attr("property"), keys);
        // An itemprop inside an item belongs to that item: the microdata reader reads it there.
        if (meta.hasAttr("itemprop") && meta.closest(IN_ITEM) == null) {
            addTokens(meta.attr("itemprop"), keys);
        }
        return keys;
    }

    private static void addTokens(String attribute, List<String> keys) {
        for (String token : attribute.strip().split("\\s+")) {
            if (!token.isEmpty()) {
                String key = token.toLowerCase(Locale.ROOT);
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Link>> linkIndex(Document document) {
        Object cached = document.attributes().userData(LINK_INDEX);
        if (cached != null) {
            return (Map<String, List<Link>>) cached;
        }
        Map<String, List<Link>> index = new HashMap<>();
        for (Element link : document.getElementsByTag("link")) {
            ExtractionDeadline.check();
            String href = link.absUrl("href");
            if (href.isEmpty()) {
                continue;
            }
            Link value = new Link(href, link.attr("type").strip().toLowerCase(Locale.ROOT));
            List<String> rels = new ArrayList<>();
            addTokens(link.attr("rel"), rels);
            for (String rel : rels) {
                index.computeIfAbsent(rel, k -> new ArrayList<>()).add(value);
            }
        }
        document.attributes().userData(LINK_INDEX, index);
        return index;
    }
}
