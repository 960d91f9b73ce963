package org.pubharvest.ingest.metadata;

import static org.pubharvest.ingest.metadata.PublicationField.ABSTRACT;
import static org.pubharvest.ingest.metadata.PublicationField.AUTHORS;
import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.DOI;
import static org.pubharvest.ingest.metadata.PublicationField.FIRST_PAGE;
import static org.pubharvest.ingest.metadata.PublicationField.ISSN;
import static org.pubharvest.ingest.metadata.PublicationField.ISSUE;
import static org.pubharvest.ingest.metadata.PublicationField.KEYWORDS;
import static org.pubharvest.ingest.metadata.PublicationField.PDF_URL;
import static org.pubharvest.ingest.metadata.PublicationField.PUBLISHER;
import static org.pubharvest.ingest.metadata.PublicationField.TITLE;
import static org.pubharvest.ingest.metadata.PublicationField.VENUE;
import static org.pubharvest.ingest.metadata.PublicationField.VOLUME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;

/**
 * schema.org as HTML microdata: the article item ({@code itemscope itemtype=".../ScholarlyArticle"})
 * and its properties, nested items (an author {@code Person}, the {@code Periodical} it is part of)
 * read as values of the property that holds them. Items elsewhere on the page (related articles
 * in a sidebar) are items of their own and are not read.
 */
public final class MicrodataReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("scholarlyarticle", "article", "newsarticle",
            "blogposting", "creativework", "report", "thesis", "techarticle", "chapter", "medicalscholarlyarticle");
    /** Deeper than this a hostile page's nesting is not followed (no stack overflow on any page). */
    private static final int MAX_DEPTH = 256;
    private static final String LABEL = "microdata:";

    public PartialPublication read(Document document) {
        Element article = articleItem(document);
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.MICRODATA);
        if (article == null) {
            // Outside any item, schema.org properties on <meta itemprop> still describe the page.
            return found.text(TITLE, MetaTags.firstNamed(document, "headline"))
                    .text(DATE, MetaTags.firstNamed(document, "datePublished", "dateCreated"))
                    .build();
        }
        Map<String, List<Element>> properties = properties(article);
        text(found, TITLE, properties, "headline", "name");
        for (String property : new String[] {"author", "creator"}) {
            found.list(AUTHORS, properties.getOrDefault(property, List.of()).stream()
                    .map(MicrodataReader::nameOf).toList(), LABEL + property);
        }
        text(found, DATE, properties, "datePublished", "dateCreated", "publicationDate");
        text(found, ABSTRACT, properties, "abstract", "description");
        text(found, FIRST_PAGE, properties, "pageStart");
        found.text(PUBLISHER, first(properties, "publisher", MicrodataReader::nameOf), LABEL + "publisher");
        found.text(DOI, doi(article, properties), LABEL + "identifier");
        found.text(PDF_URL, pdf(properties), LABEL + "encoding");
        List<String> keywords = new ArrayList<>();
        properties.getOrDefault("keywords", List.of()).forEach(element ->
                keywords.addAll(MetaValues.split(List.of(element.text().isBlank()
                        ? element.attr("content") : element.text()), "[;,]")));
        found.list(KEYWORDS, keywords, LABEL + "keywords");
        containers(properties, found);
        return found.build();
    }

    /** The outermost article-typed item, the page's own; a nested or later one is related content. */
    private static Element articleItem(Document document) {
        for (Element item : document.select("[itemscope][itemtype]")) {
            ExtractionDeadline.check();
            String type = item.attr("itemtype").toLowerCase(Locale.ROOT);
            String local = type.substring(type.lastIndexOf('/') + 1).trim();
            if (ARTICLE_TYPES.contains(local) && !item.hasAttr("itemprop")) {
                return item;
            }
        }
        return null;
    }

    /** The item's own properties by name, in page order; a nested item's properties are its own. */
    static Map<String, List<Element>> properties(Element item) {
        Map<String, List<Element>> properties = new LinkedHashMap<>();
        collect(item, properties, 0);
        return properties;
    }

    private static void collect(Element parent, Map<String, List<Element>> properties, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element child : parent.children()) {
            if (child.hasAttr("itemprop")) {
                for (String name : child.attr("itemprop").strip().split("\\s+")) {
                    properties.computeIfAbsent(name, key -> new ArrayList<>()).add(child);
                }
            }
            if (!child.hasAttr("itemscope")) {
                collect(child, properties, depth + 1);
            }
        }
    }

    private static void containers(Map<String, List<Element>> properties, PartialPublication.Builder found) {
        Map<String, List<Element>> at = properties;
        for (int depth = 0; depth < 5; depth++) {
            List<Element> containers = at.getOrDefault("isPartOf", List.of());
            if (containers.isEmpty()) {
                return;
            }
            Element container = containers.get(0);
            if (!container.hasAttr("itemscope")) {
                found.text(VENUE, ElementText.propertyValue(container), LABEL + "isPartOf");
                return;
            }
            at = properties(container);
            text(found, VOLUME, at, "volumeNumber");
            text(found, ISSUE, at, "issueNumber");
            text(found, ISSN, at, "issn");
            String type = container.attr("itemtype").toLowerCase(Locale.ROOT);
            boolean partOfMore = at.containsKey("isPartOf");
            if (type.endsWith("periodical") || type.endsWith("series") || !partOfMore) {
                found.text(VENUE, first(at, "name", ElementText::propertyValue), LABEL + "isPartOf");
                return;
            }
        }
    }

    private static String doi(Element article, Map<String, List<Element>> properties) {
        List<String> candidates = new ArrayList<>();
        for (String name : new String[] {"identifier", "sameAs", "url"}) {
            for (Element element : properties.getOrDefault(name, List.of())) {
                String value = element.hasAttr("itemscope")
                        ? first(properties(element), "value", ElementText::propertyValue)
                        : ElementText.propertyValue(element);
                if (value != null) {
                    candidates.add(value);
                }
            }
        }
        candidates.add(article.attr("itemid"));
        return MetaValues.firstDoi(candidates.stream().filter(value -> !value.isBlank()).toList());
    }

    private static String pdf(Map<String, List<Element>> properties) {
        for (String name : new String[] {"encoding", "associatedMedia", "url"}) {
            for (Element element : properties.getOrDefault(name, List.of())) {
                String url = element.hasAttr("itemscope")
                        ? first(properties(element), "contentUrl", ElementText::propertyValue)
                        : ElementText.propertyValue(element);
                if (url != null && url.toLowerCase(Locale.ROOT).contains(".pdf")) {
                    return url;
                }
            }
        }
        return null;
    }

    /** A person's or organization's name: the nested item's {@code name}, or given and family name, or the text. */
    private static String nameOf(Element element) {
        if (!element.hasAttr("itemscope")) {
            return ElementText.propertyValue(element);
        }
        Map<String, List<Element>> person = properties(element);
        String name = first(person, "name", ElementText::propertyValue);
        if (name != null) {
            return name;
        }
        String family = first(person, "familyName", ElementText::propertyValue);
        String given = first(person, "givenName", ElementText::propertyValue);
        return family == null ? ElementText.emptyToNull(element.text()) : given == null ? family : given + " " + family;
    }

    private static String first(Map<String, List<Element>> properties, String name,
                                java.util.function.Function<Element, String> value) {
        for (Element element : properties.getOrDefault(name, List.of())) {
            String text = value.apply(element);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static void text(PartialPublication.Builder found, PublicationField field,
                             Map<String, List<Element>> properties, String... names) {
        for (String name : names) {
            found.text(field, first(properties, name, ElementText::propertyValue), LABEL + name);
        }
    }
}
