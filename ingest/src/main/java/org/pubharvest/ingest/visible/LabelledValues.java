package org.pubharvest.ingest.visible;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.metadata.ElementText;

/**
 * Values a page states behind a label, in the forms pages use: "Label: value" in one element, a
 * definition list ({@code <dt>Label</dt><dd>value</dd>}), a table row, or a label element followed
 * by the value's element ({@code <span>Published</span><span>12 March 2022</span>}).
 */
public final class LabelledValues {

    private static final int MAX_LABEL = 40;
    private static final int MAX_VALUE = 200;

    private LabelledValues() {
    }

    /**
     * The first value behind a label that the label pattern matches whole, which the value pattern
     * finds (its group 1 is returned); null when the page has none.
     */
    public static String find(PageRegions regions, Pattern label, Pattern value) {
        Pattern labelThenValue = Pattern.compile("(?i)^\\s*(?:" + label.pattern() + ")\\s*[:.]?\\s*(.+)$");
        Pattern startsWithLabel = Pattern.compile("(?i)^\\s*(?:" + label.pattern() + ")\\b");
        for (Element element : labelled(regions, startsWithLabel)) {
            ExtractionDeadline.check();
            String text = element.text();
            if (text.length() > MAX_LABEL + MAX_VALUE || regions.isBoilerplate(element)) {
                continue;
            }
            Matcher inline = labelThenValue.matcher(text);
            if (element.children().isEmpty() && inline.matches()) {
                Matcher found = value.matcher(inline.group(inline.groupCount()));
                if (found.find()) {
                    return found.group(1);
                }
            }
            if (text.length() <= MAX_LABEL && label.matcher(text.strip().replaceFirst("[:.]$", "")).matches()) {
                Element next = element.nextElementSibling();
                String following = next == null ? null : ElementText.emptyToNull(next.text());
                if (following != null && following.length() <= MAX_VALUE) {
                    Matcher found = value.matcher(following);
                    if (found.find()) {
                        return found.group(1);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The elements, in page order, holding a text that starts with the label: found from the text
     * nodes, so that no other element's text is built (a page has thousands of elements).
     */
    private static java.util.List<Element> labelled(PageRegions regions, Pattern startsWithLabel) {
        java.util.List<Element> elements = new java.util.ArrayList<>();
        for (Element element : regions.mainElements()) {
            ExtractionDeadline.check();
            if (!regions.isShort(element, MAX_LABEL + MAX_VALUE + 40)) {
                continue;
            }
            for (org.jsoup.nodes.TextNode text : element.textNodes()) {
                if (startsWithLabel.matcher(text.getWholeText()).lookingAt()) {
                    elements.add(element);
                    break;
                }
            }
        }
        return elements;
    }
}
