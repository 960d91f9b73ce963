package org.pubharvest.ingest.visible;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;
import org.pubharvest.ingest.metadata.ElementText;

/**
 * The page's own abstract section: an element whose class or id says abstract (or summary), or
 * the text under a heading "Abstract". Its label is left for normalization to take off.
 */
final class AbstractSections {

    private static final Set<String> ABSTRACT_WORDS = Set.of("abstract", "abstracts", "abstr");
    private static final int MIN_ABSTRACT = 100;
    private static final int MIN_DESCRIPTION = 60;
    private static final Pattern ABSTRACT_HEADING = Pattern.compile("(?i)^\\s*(abstract|summary)\\s*:?\\s*$");

    private AbstractSections() {
    }

    /**
     * @return the abstract and its source ({@code abstract-section}, {@code abstract-heading},
     *         {@code description-paragraph}), or null
     */
    static String[] read(org.jsoup.nodes.Document document, PageRegions regions) {
        String[] sectioned = read(regions);
        return sectioned != null ? sectioned : describedParagraph(document, regions);
    }

    /**
     * The paragraph that the page's own description begins: many sites fill {@code og:description}
     * with the abstract's first sentences, so the block of the page that starts with them is the
     * abstract, whole. A site-wide description matches no paragraph and gives nothing.
     */
    private static String[] describedParagraph(org.jsoup.nodes.Document document, PageRegions regions) {
        String description = org.pubharvest.ingest.metadata.MetaTags.first(document, "og:description",
                "description", "twitter:description");
        String start = description == null ? null : description.replaceAll("\\s+", " ").strip();
        if (start == null || start.length() < MIN_DESCRIPTION) {
            return null;
        }
        String prefix = start.substring(0, MIN_DESCRIPTION);
        for (Element block : regions.main().select("p, div, section, blockquote")) {
            ExtractionDeadline.check();
            if (regions.isShort(block, 20_000) && block.textNodes().stream().anyMatch(text -> !text.isBlank())
                    && !regions.isBoilerplate(block)) {
                String text = ElementText.block(block);
                if (text != null && text.replaceAll("\\s+", " ").startsWith(prefix)) {
                    return new String[] {text, "description-paragraph"};
                }
            }
        }
        return null;
    }

    private static String[] read(PageRegions regions) {
        List<Element> sections = new ArrayList<>();
        for (Element element : regions.mainElements()) {
            ExtractionDeadline.check();
            if (regions.hasClassWord(element, ABSTRACT_WORDS) && !regions.isBoilerplate(element)
                    && !element.normalName().matches("a|h[1-6]|button|label|body")) {
                String text = ElementText.block(element);
                if (text != null && !ABSTRACT_HEADING.matcher(text).matches()) {
                    sections.add(element);
                }
            }
        }
        // A page-wide wrapper ("abstract-view") holds the real section: the innermost one is the abstract.
        for (Element section : sections) {
            boolean holdsAnother = sections.stream().anyMatch(other -> other != section && other.parents().contains(section)
                    && ElementText.block(other).length() >= MIN_ABSTRACT);
            if (!holdsAnother) {
                return new String[] {withoutHeading(section), "abstract-section"};
            }
        }
        for (Element heading : regions.mainElements()) {
            ExtractionDeadline.check();
            if (!regions.isShort(heading, 40)) {
                continue;
            }
            boolean label = heading.normalName().matches("h[1-6]|strong|b|dt") || heading.children().isEmpty();
            if (!label || !ABSTRACT_HEADING.matcher(heading.text()).matches() || regions.isBoilerplate(heading)) {
                continue;
            }
            String text = followingText(heading);
            if (text != null) {
                return new String[] {text, "abstract-heading"};
            }
        }
        return null;
    }

    /** The section's text without its own "Abstract" heading. */
    private static String withoutHeading(Element section) {
        Element copy = section.clone();
        for (Element label : copy.select("h1, h2, h3, h4, h5, h6, strong, b, span, div, p, dt, label")) {
            ExtractionDeadline.check();
            if (ABSTRACT_HEADING.matcher(label.text()).matches()) {
                label.remove();
                break;
            }
        }
        return ElementText.block(copy);
    }

    /** What follows a heading up to the next heading: its siblings, or its parent's siblings for a bold label. */
    private static String followingText(Element heading) {
        Element start = heading;
        if (!heading.normalName().matches("h[1-6]|dt") && heading.parent() != null
                && heading.parent().text().strip().equals(heading.text().strip())) {
            start = heading.parent();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element sibling = start.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
            ExtractionDeadline.check();
            if (sibling.normalName().matches("h[1-6]|dt") || (sibling.select("h1, h2, h3, h4, h5, h6").size() > 0
                    && !paragraphs.isEmpty())) {
                break;
            }
            String text = ElementText.block(sibling);
            if (text != null) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty() && start == heading && heading.parent() != null) {
            // <p><strong>Abstract:</strong> The text …</p>
            String rest = ElementText.emptyToNull(heading.parent().text().substring(
                    Math.min(heading.parent().text().length(), heading.text().length())));
            return rest;
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }
}
