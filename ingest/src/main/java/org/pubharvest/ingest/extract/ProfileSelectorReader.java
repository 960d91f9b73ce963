package org.pubharvest.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.metadata.MetadataSource;
import org.pubharvest.ingest.metadata.PartialPublication;
import org.pubharvest.ingest.metadata.ResearchAreaLink;
import org.pubharvest.ingest.site.PublicationSelectors;

/** Reads visible markup with the site profile's selectors. */
final class ProfileSelectorReader {

    private final PublicationSelectors selectors;

    ProfileSelectorReader(PublicationSelectors selectors) {
        this.selectors = Objects.requireNonNull(selectors, "selectors");
    }

    PartialPublication read(Document document) {
        return new PartialPublication(MetadataSource.PAGE_MARKUP,
                firstText(document, selectors.title()),
                allText(document, selectors.authors()),
                firstText(document, selectors.venue()),
                firstText(document, selectors.date()),
                blockText(document, selectors.abstractText()),
                firstLink(document, selectors.pdfUrl()),
                null,
                List.of(),
                areas(document));
    }

    private static String firstText(Document document, String selector) {
        if (selector == null) {
            return null;
        }
        Element element = document.selectFirst(selector);
        return element == null ? null : emptyToNull(element.text());
    }

    private static List<String> allText(Document document, String selector) {
        List<String> values = new ArrayList<>();
        if (selector != null) {
            for (Element element : document.select(selector)) {
                String text = emptyToNull(element.text());
                if (text != null) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    /** Paragraphs joined by blank lines, so an abstract keeps its paragraph breaks. */
    private static String blockText(Document document, String selector) {
        if (selector == null) {
            return null;
        }
        Element element = document.selectFirst(selector);
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

    private static String firstLink(Document document, String selector) {
        if (selector == null) {
            return null;
        }
        Element element = document.selectFirst(selector);
        return element == null ? null : emptyToNull(element.absUrl("href"));
    }

    private List<ResearchAreaLink> areas(Document document) {
        List<ResearchAreaLink> areas = new ArrayList<>();
        if (selectors.researchAreas() != null) {
            for (Element link : document.select(selectors.researchAreas())) {
                String name = emptyToNull(link.text());
                if (name != null) {
                    areas.add(new ResearchAreaLink(name, emptyToNull(link.absUrl("href"))));
                }
            }
        }
        return areas;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
