package org.pubharvest.ingest.metadata;

import static org.pubharvest.ingest.metadata.PublicationField.ABSTRACT;
import static org.pubharvest.ingest.metadata.PublicationField.AUTHORS;
import static org.pubharvest.ingest.metadata.PublicationField.DATE;
import static org.pubharvest.ingest.metadata.PublicationField.DOI;
import static org.pubharvest.ingest.metadata.PublicationField.FIRST_PAGE;
import static org.pubharvest.ingest.metadata.PublicationField.ISSN;
import static org.pubharvest.ingest.metadata.PublicationField.ISSUE;
import static org.pubharvest.ingest.metadata.PublicationField.KEYWORDS;
import static org.pubharvest.ingest.metadata.PublicationField.PUBLISHER;
import static org.pubharvest.ingest.metadata.PublicationField.TITLE;
import static org.pubharvest.ingest.metadata.PublicationField.VENUE;
import static org.pubharvest.ingest.metadata.PublicationField.VOLUME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;

/**
 * RDFa in the page's markup ({@code property}, {@code typeof}, {@code vocab}, {@code prefix}) with
 * the vocabularies scholarly pages use: Dublin Core terms and elements, schema.org, BIBO and PRISM.
 * Terms are compared by vocabulary, whatever prefix or full IRI the page writes. The properties
 * read are the article's own: those of a typed article node, or on a page with none, those outside
 * any typed node; a nested node (an author {@code Person}, the journal) is a property's value.
 * OpenGraph's {@code og:} terms are OpenGraph's reader's.
 */
public final class RdfaReader {

    /** Deeper than this a hostile page's nesting is not followed (no stack overflow on any page). */
    private static final int MAX_DEPTH = 256;
    private static final String LABEL = "rdfa:";

    public PartialPublication read(Document document) {
        RdfaTerms terms = new RdfaTerms();
        Element subject = terms.articleNode(document);
        Map<String, List<Element>> properties = new LinkedHashMap<>();
        collect(subject == null ? document.body() : subject, terms, properties, 0);
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.RDFA);
        if (properties.isEmpty()) {
            return found.build();
        }
        text(found, TITLE, properties, "dcterms:title", "dc:title", "schema:headline", "schema:name");
        for (String term : new String[] {"dcterms:creator", "dc:creator", "schema:author", "schema:creator",
                "foaf:maker", "dcterms:contributor", "dc:contributor"}) {
            found.list(AUTHORS, properties.getOrDefault(term, List.of()).stream()
                    .map(element -> nameOf(element, terms)).toList(), LABEL + term);
        }
        text(found, DATE, properties, "dcterms:issued", "schema:datePublished", "prism:publicationDate",
                "dcterms:date", "dc:date", "dcterms:created");
        text(found, ABSTRACT, properties, "dcterms:abstract", "bibo:abstract", "schema:abstract",
                "schema:description", "dcterms:description", "dc:description");
        for (String term : new String[] {"dcterms:isPartOf", "schema:isPartOf", "prism:publicationName",
                "dcterms:source", "dc:source"}) {
            found.list(VENUE, properties.getOrDefault(term, List.of()).stream()
                    .map(element -> nameOf(element, terms)).limit(1).toList(), LABEL + term);
        }
        for (String term : new String[] {"dcterms:publisher", "dc:publisher", "schema:publisher"}) {
            found.list(PUBLISHER, properties.getOrDefault(term, List.of()).stream()
                    .map(element -> nameOf(element, terms)).limit(1).toList(), LABEL + term);
        }
        text(found, VOLUME, properties, "bibo:volume", "prism:volume", "schema:volumeNumber");
        text(found, ISSUE, properties, "bibo:issue", "prism:number", "schema:issueNumber");
        text(found, FIRST_PAGE, properties, "bibo:pageStart", "prism:startingPage", "schema:pageStart");
        text(found, ISSN, properties, "bibo:issn", "prism:issn", "schema:issn");
        for (String term : new String[] {"bibo:doi", "prism:doi", "dcterms:identifier", "dc:identifier",
                "schema:identifier", "schema:sameAs"}) {
            List<String> values = properties.getOrDefault(term, List.of()).stream()
                    .map(ElementText::propertyValue).filter(value -> value != null).toList();
            String doi = term.endsWith(":doi") && !values.isEmpty() ? values.get(0) : MetaValues.firstDoi(values);
            found.text(DOI, doi, LABEL + term);
        }
        for (String term : new String[] {"dcterms:subject", "dc:subject", "schema:keywords", "prism:keyword"}) {
            found.list(KEYWORDS, properties.getOrDefault(term, List.of()).stream()
                    .map(ElementText::propertyValue).filter(value -> value != null).toList(), LABEL + term);
        }
        return found.build();
    }

    /**
     * The properties whose subject is the node: those below it with no other typed node between.
     * One select and a walk up from each property, rather than a walk down the whole page.
     */
    private static void collect(Element node, RdfaTerms terms, Map<String, List<Element>> properties, int depth) {
        for (Element property : node.select("[property]")) {
            ExtractionDeadline.check();
            if (property == node || !subjectIs(node, property)) {
                continue;
            }
            for (String term : terms.resolve(property, property.attr("property"))) {
                properties.computeIfAbsent(term, key -> new ArrayList<>()).add(property);
            }
        }
    }

    private static boolean subjectIs(Element node, Element property) {
        int depth = 0;
        for (Element at = property.parent(); at != null && depth < MAX_DEPTH; at = at.parent(), depth++) {
            if (at == node) {
                return true;
            }
            if (at.hasAttr("typeof")) {
                return false;
            }
        }
        return false;
    }

    /** A nested node's name or title, else the element's own value. */
    private static String nameOf(Element element, RdfaTerms terms) {
        if (element.hasAttr("typeof")) {
            Map<String, List<Element>> nested = new LinkedHashMap<>();
            collect(element, terms, nested, 0);
            for (String term : new String[] {"schema:name", "foaf:name", "dcterms:title", "dc:title"}) {
                List<Element> names = nested.getOrDefault(term, List.of());
                if (!names.isEmpty()) {
                    return ElementText.propertyValue(names.get(0));
                }
            }
            String family = first(nested, "schema:familyName");
            String given = first(nested, "schema:givenName");
            if (family != null) {
                return given == null ? family : given + " " + family;
            }
            return ElementText.emptyToNull(element.text());
        }
        return ElementText.propertyValue(element);
    }

    private static String first(Map<String, List<Element>> properties, String term) {
        List<Element> elements = properties.getOrDefault(term, List.of());
        return elements.isEmpty() ? null : ElementText.propertyValue(elements.get(0));
    }

    private static void text(PartialPublication.Builder found, PublicationField field,
                             Map<String, List<Element>> properties, String... terms) {
        for (String term : terms) {
            found.text(field, first(properties, term), LABEL + term);
        }
    }
}
