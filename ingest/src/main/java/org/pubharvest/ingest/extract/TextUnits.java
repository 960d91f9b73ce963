package org.pubharvest.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.metadata.ElementText;

/**
 * The pieces of text a reader sees as separate inside one part of a page, whatever the markup:
 * each element that holds only inline content, and the lines of an element that separates them
 * with {@code <br>}. A card written as spans, as divs, or as one item with line breaks gives the
 * same pieces.
 */
final class TextUnits {

    /**
     * @param text    the piece's text, whitespace collapsed
     * @param element the element it belongs to
     */
    record Unit(String text, Element element) {
    }

    private TextUnits() {
    }

    static List<Unit> of(Element root) {
        List<Unit> units = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            ExtractionDeadline.check();
            boolean hasBreaks = !element.getElementsByTag("br").isEmpty()
                    && element.children().stream().anyMatch(child -> child.normalName().equals("br"));
            if (hasBreaks) {
                lines(element, units);
            } else if (element.children().stream().noneMatch(Element::isBlock)) {
                String text = ElementText.emptyToNull(element.text());
                if (text != null) {
                    units.add(new Unit(text, element));
                }
            }
        }
        return units;
    }

    /** An element's content split at its own {@code <br>}s. */
    private static void lines(Element element, List<Unit> units) {
        StringBuilder line = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element childElement && childElement.normalName().equals("br")) {
                add(line, element, units);
            } else if (child instanceof TextNode text) {
                line.append(text.text());
            } else if (child instanceof Element childElement) {
                if (childElement.isBlock()) {
                    add(line, element, units);
                } else {
                    line.append(' ').append(childElement.text()).append(' ');
                }
            }
        }
        add(line, element, units);
    }

    private static void add(StringBuilder line, Element element, List<Unit> units) {
        String text = ElementText.emptyToNull(line.toString().replaceAll("\\s+", " "));
        if (text != null) {
            units.add(new Unit(text, element));
        }
        line.setLength(0);
    }
}
