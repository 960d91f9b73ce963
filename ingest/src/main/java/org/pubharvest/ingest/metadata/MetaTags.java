package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@code <meta name|property=... content=...>} tags, case-insensitively by name. */
final class MetaTags {

    private MetaTags() {
    }

    static List<String> all(Document document, String name) {
        List<String> values = new ArrayList<>();
        for (Element meta : document.select("meta[content]")) {
            String key = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (key.equalsIgnoreCase(name)) {
                String content = meta.attr("content").trim();
                if (!content.isEmpty()) {
                    values.add(content);
                }
            }
        }
        return values;
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
}
