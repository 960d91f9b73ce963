package org.pubharvest.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Text out of markup with the profile's selectors, for extractors of record kinds with simple pages. */
final class MarkupText {

    private MarkupText() {
    }

    /** The text of the first match within the element, or null when the selector is null or finds nothing. */
    static String firstText(Element within, String selector) {
        if (selector == null) {
            return null;
        }
        Element element = within.selectFirst(selector);
        return element == null ? null : emptyToNull(element.text());
    }

    /**
     * The lines of the first match, its headings left out: a line ends at each {@code <br>} and
     * block, which is how amazon.jobs separates qualifications.
     */
    static List<String> lines(Element within, String selector) {
        return linesOf(selector == null ? null : within.selectFirst(selector));
    }

    /** The lines of an element, its headings left out; none for null. */
    static List<String> linesOf(Element element) {
        List<String> lines = new ArrayList<>();
        if (element != null) {
            StringBuilder line = new StringBuilder();
            collect(element, line, lines);
            endLine(line, lines);
        }
        return lines;
    }

    private static void collect(Node node, StringBuilder line, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                line.append(text.text());
            } else if (child instanceof Element element) {
                if (element.normalName().matches("h[1-6]")) {
                    continue;
                }
                if (element.normalName().equals("br") || element.isBlock()) {
                    endLine(line, lines);
                }
                collect(element, line, lines);
                if (element.isBlock()) {
                    endLine(line, lines);
                }
            }
        }
    }

    private static void endLine(StringBuilder line, List<String> lines) {
        String text = emptyToNull(line.toString().strip());
        if (text != null) {
            lines.add(text);
        }
        line.setLength(0);
    }

    static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
