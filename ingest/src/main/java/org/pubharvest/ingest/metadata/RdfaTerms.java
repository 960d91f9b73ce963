package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pubharvest.ingest.bound.ExtractionDeadline;

/**
 * Resolves RDFa terms to one spelling per vocabulary ({@code dcterms:title}, {@code schema:name}):
 * a term may be a CURIE with the usual prefix or one the page declares with {@code prefix}, a full
 * IRI, or a bare term under a {@code vocab}.
 */
final class RdfaTerms {

    /** Vocabulary IRIs and the prefix each is known by here. */
    private static final Map<String, String> VOCABULARIES = Map.of(
            "http://purl.org/dc/terms/", "dcterms",
            "http://purl.org/dc/elements/1.1/", "dc",
            "http://schema.org/", "schema",
            "https://schema.org/", "schema",
            "http://purl.org/ontology/bibo/", "bibo",
            "http://prismstandard.org/namespaces/basic/2.0/", "prism",
            "http://prismstandard.org/namespaces/basic/3.0/", "prism",
            "http://xmlns.com/foaf/0.1/", "foaf");
    private static final Set<String> KNOWN_PREFIXES = Set.of("dcterms", "dc", "schema", "bibo", "prism", "foaf");
    private static final Set<String> ARTICLE_TYPES = Set.of("scholarlyarticle", "article", "academicarticle",
            "newsarticle", "blogposting", "report", "thesis", "chapter", "document", "techarticle");

    /** The first typed node whose type is an article, and that is not the value of another node's property. */
    Element articleNode(Document document) {
        for (Element node : document.select("[typeof]")) {
            ExtractionDeadline.check();
            if (node.hasAttr("property")) {
                continue;
            }
            for (String type : resolve(node, node.attr("typeof"))) {
                String local = type.substring(type.indexOf(':') + 1).toLowerCase(Locale.ROOT);
                if (ARTICLE_TYPES.contains(local)) {
                    return node;
                }
            }
        }
        return null;
    }

    /** The element's terms (space-separated in the attribute) in their known spelling; unknown ones dropped. */
    List<String> resolve(Element element, String attribute) {
        List<String> terms = new ArrayList<>();
        for (String raw : attribute.strip().split("\\s+")) {
            String term = resolveOne(element, raw);
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    private String resolveOne(Element element, String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, String> vocabulary : VOCABULARIES.entrySet()) {
            if (raw.startsWith(vocabulary.getKey())) {
                return vocabulary.getValue() + ":" + raw.substring(vocabulary.getKey().length());
            }
        }
        int colon = raw.indexOf(':');
        if (colon < 0) {
            String vocab = inherited(element, "vocab");
            String prefix = vocab == null ? null : VOCABULARIES.get(vocab.endsWith("/") ? vocab : vocab + "/");
            return prefix == null ? null : prefix + ":" + raw;
        }
        String prefix = raw.substring(0, colon).toLowerCase(Locale.ROOT);
        String local = raw.substring(colon + 1);
        String declared = declaredPrefix(element, prefix);
        if (declared != null) {
            return declared + ":" + local;
        }
        return KNOWN_PREFIXES.contains(prefix) ? prefix + ":" + local : null;
    }

    /** What a prefix the page declares ({@code prefix="d: http://purl.org/dc/terms/"}) stands for. */
    private static String declaredPrefix(Element element, String prefix) {
        for (Element at = element; at != null; at = at.parent()) {
            String[] parts = at.attr("prefix").strip().split("\\s+");
            for (int i = 0; i + 1 < parts.length; i++) {
                if (parts[i].equalsIgnoreCase(prefix + ":")) {
                    String iri = parts[i + 1];
                    String known = VOCABULARIES.get(iri.endsWith("/") || iri.endsWith("#") ? iri : iri + "/");
                    if (known != null) {
                        return known;
                    }
                }
            }
        }
        return null;
    }

    private static String inherited(Element element, String attribute) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.hasAttr(attribute)) {
                return at.attr(attribute).strip();
            }
        }
        return null;
    }
}
