package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@code <meta name|property=... content=...>} tags, case-insensitively by name. */
final class MetaTags {

    private static final String INDEX = "pubharvest.meta-tags";

    private MetaTags() {
    }

    static List<String> all(Document document, String name) {
        return index(document).getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    static String first(Document document, String... names) {
        for (String name : names) {
            List<String> values = all(document, name);
            if (!values.isEmpty()) {
                return values.get(0);
            }
        }
        return null;
    }

    /**
     * Every meta tag's content by lower-cased name, in document order, made once per document and
     * kept on it: the readers ask for some thirty names a page, and walking a 100 KB page for each
     * was the largest cost of extraction (README, "Benchmarks"). Readers never modify a document.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> index(Document document) {
        Object cached = document.attributes().userData(INDEX);
        if (cached != null) {
            return (Map<String, List<String>>) cached;
        }
        Map<String, List<String>> index = new HashMap<>();
        for (Element meta : document.select("meta[content]")) {
            String key = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            String content = meta.attr("content").trim();
            if (!content.isEmpty()) {
                index.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
            }
        }
        document.attributes().userData(INDEX, index);
        return index;
    }
}
