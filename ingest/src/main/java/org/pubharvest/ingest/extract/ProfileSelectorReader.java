package org.pubharvest.ingest.extract;

import static org.pubharvest.ingest.metadata.PublicationField.ABSTRACT;
import static org.pubharvest.ingest.metadata.PublicationField.AUTHORS;
import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.PDF_URL;
import static org.pubharvest.ingest.metadata.PublicationField.TITLE;
import static org.pubharvest.ingest.metadata.PublicationField.VENUE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.metadata.ElementText;
import org.pubharvest.ingest.metadata.MetadataSource;
import org.pubharvest.ingest.metadata.PartialPublication;
import org.pubharvest.ingest.metadata.ResearchAreaLink;
import org.pubharvest.ingest.site.PublicationSelectors;

/**
 * Reads visible markup with the site profile's selectors: hints for one site's templates. A
 * selector that finds nothing leaves the field to the layers below, which find it by structure.
 */
final class ProfileSelectorReader {

    private static final String LABEL = "selector:";

    private final PublicationSelectors selectors;

    ProfileSelectorReader(PublicationSelectors selectors) {
        this.selectors = Objects.requireNonNull(selectors, "selectors");
    }

    PartialPublication read(Document document) {
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.PAGE_MARKUP)
                .text(TITLE, firstText(document, selectors.title()), LABEL + selectors.title())
                .list(AUTHORS, allText(document, selectors.authors()), LABEL + selectors.authors())
                .text(VENUE, firstText(document, selectors.venue()), LABEL + selectors.venue())
                .text(DATE, firstText(document, selectors.date()), LABEL + selectors.date())
                .text(ABSTRACT, selectors.abstractText() == null ? null
                        : ElementText.block(document.selectFirst(selectors.abstractText())), LABEL + selectors.abstractText())
                .text(PDF_URL, firstLink(document, selectors.pdfUrl()), LABEL + selectors.pdfUrl())
                .researchAreas(areas(document));
        found.venueHint(firstText(document, selectors.venue()));
        return found.build();
    }

    private static String firstText(Document document, String selector) {
        if (selector == null) {
            return null;
        }
        Element element = document.selectFirst(selector);
        return element == null ? null : ElementText.emptyToNull(element.text());
    }

    private static List<String> allText(Document document, String selector) {
        List<String> values = new ArrayList<>();
        if (selector != null) {
            for (Element element : document.select(selector)) {
                String text = ElementText.emptyToNull(element.text());
                if (text != null) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    private static String firstLink(Document document, String selector) {
        if (selector == null) {
            return null;
        }
        Element element = document.selectFirst(selector);
        return element == null ? null : ElementText.emptyToNull(element.absUrl("href"));
    }

    private List<ResearchAreaLink> areas(Document document) {
        List<ResearchAreaLink> areas = new ArrayList<>();
        if (selectors.researchAreas() != null) {
            for (Element link : document.select(selectors.researchAreas())) {
                String name = ElementText.emptyToNull(link.text());
                if (name != null) {
                    areas.add(new ResearchAreaLink(name, ElementText.emptyToNull(link.absUrl("href"))));
                }
            }
        }
        return areas;
    }
}
