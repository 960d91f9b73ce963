package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/** The text of visible elements, as the readers of markup (not of meta tags) take it. */
public final class ElementText {

    private ElementText() {
    }

    /** Paragraphs joined by blank lines, so an abstract keeps its paragraph breaks; null when blank. */
    public static String block(Element element) {
        if (element == null) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element paragraph : element.select("p")) {
            String text = emptyToNull(paragraph.text());
            if (text != null) {
                paragraphs.add(text);
            }
        }
        return paragraphs.isEmpty() ? emptyToNull(element.text()) : String.join("\n\n", paragraphs);
    }

    /**
     * A microdata or RDFa property's value as the standards define it: {@code content} first, then
     * the url of a link or media element, the machine date of {@code <time>}, {@code value} of
     * {@code <data>}, else the element's text.
     */
    public static String propertyValue(Element element) {
        if (element.hasAttr("content")) {
            return emptyToNull(element.attr("content"));
        }
        switch (element.normalName()) {
            case "a", "area", "link" -> {
                return emptyToNull(element.absUrl("href"));
            }
            case "img", "audio", "video", "source", "embed", "iframe", "track" -> {
                return emptyToNull(element.absUrl("src"));
            }
            case "object" -> {
                return emptyToNull(element.absUrl("data"));
            }
            case "time" -> {
                return element.hasAttr("datetime") ? emptyToNull(element.attr("datetime")) : emptyToNull(element.text());
            }
            case "data", "meter" -> {
                return emptyToNull(element.attr("value"));
            }
            default -> {
                return block(element);
            }
        }
    }

    public static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
