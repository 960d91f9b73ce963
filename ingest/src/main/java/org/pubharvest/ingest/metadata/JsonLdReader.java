package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD. Real pages carry broken blocks (comments, CDATA wrappers, trailing
 * commas, several blocks, {@code @graph} arrays), so parsing is lenient and a block that still
 * cannot be read is reported, not thrown.
 */
public final class JsonLdReader {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    private static final Pattern CDATA = Pattern.compile("^\\s*(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?]]>\\s*$");
    private static final Pattern HTML_COMMENT = Pattern.compile("^\\s*<!--|-->\\s*$");
    private static final Set<String> ARTICLE_TYPES = Set.of("scholarlyarticle", "article", "newsarticle",
            "blogposting", "creativework", "report", "thesis", "techarticle", "chapter", "book",
            "medicalscholarlyarticle", "publicationissue");
    private static final Set<String> SERIES_TYPES = Set.of("periodical", "publicationseries", "creativeworkseries",
            "newspaper", "book", "bookseries", "event", "conference", "journal");
    private static final String LABEL = "json-ld:";

    /** The objects of every JSON-LD block on the page, {@code @graph} members flattened in. */
    public JsonLdObjects objects(Document document) {
        List<JsonNode> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            String json = HTML_COMMENT.matcher(CDATA.matcher(script.data()).replaceAll("")).replaceAll("").trim();
            if (json.isEmpty()) {
                continue;
            }
            try {
                flatten(LENIENT.readTree(json), objects);
            } catch (JacksonException e) {
                readRepaired(json, e, objects, problems);
            }
        }
        return new JsonLdObjects(objects, problems);
    }

    /** The first article-like object (ScholarlyArticle, Article, BlogPosting, ...) as publication fields. */
    public PartialPublication readArticle(JsonLdObjects objects) {
        return objects.firstOfType(ARTICLE_TYPES)
                .map(JsonLdReader::toPublication)
                .orElse(PartialPublication.empty(MetadataSource.JSON_LD));
    }

    private static PartialPublication toPublication(JsonNode article) {
        PartialPublication.Builder found = PartialPublication.from(MetadataSource.JSON_LD);
        text(found, PublicationField.TITLE, article, "headline", "name", "alternativeHeadline");
        for (String property : new String[] {"author", "creator"}) {
            found.list(PublicationField.AUTHORS, JsonLd.names(article.get(property)), LABEL + property);
        }
        text(found, PublicationField.DATE, article, "datePublished", "dateCreated", "publicationDate", "dateModified");
        text(found, PublicationField.ABSTRACT, article, "abstract", "description");
        found.text(PublicationField.PDF_URL, JsonLd.pdfUrl(article), LABEL + "encoding");
        found.text(PublicationField.DOI, JsonLd.doi(article), LABEL + "identifier");
        found.list(PublicationField.KEYWORDS, JsonLd.keywords(article), LABEL + "keywords");
        found.text(PublicationField.PUBLISHER, JsonLd.nameOf(article.get("publisher")), LABEL + "publisher");
        found.text(PublicationField.LANGUAGE, JsonLd.nameOf(article.get("inLanguage")), LABEL + "inLanguage");
        text(found, PublicationField.FIRST_PAGE, article, "pageStart", "pagination");
        containers(article, found);
        return found.build();
    }

    /**
     * The container chain: an article {@code isPartOf} an issue, which is part of a volume, which is
     * part of the periodical whose name is the venue. Volume, issue and ISSN are read on the way.
     */
    private static void containers(JsonNode article, PartialPublication.Builder found) {
        JsonNode container = article.get("isPartOf");
        String firstName = null;
        for (int depth = 0; container != null && depth < 5; depth++) {
            if (container.isArray()) {
                container = container.isEmpty() ? null : container.get(0);
                continue;
            }
            if (!container.isObject()) {
                found.text(PublicationField.VENUE, JsonLd.nameOf(container), LABEL + "isPartOf");
                return;
            }
            String name = JsonLd.text(container, "name", "headline", "alternateName");
            firstName = firstName == null ? name : firstName;
            text(found, PublicationField.VOLUME, container, "volumeNumber");
            text(found, PublicationField.ISSUE, container, "issueNumber");
            text(found, PublicationField.ISSN, container, "issn");
            boolean series = JsonLd.types(container).stream().map(JsonLdReader::lowerCase).anyMatch(SERIES_TYPES::contains);
            if (series && name != null) {
                found.text(PublicationField.VENUE, name, LABEL + "isPartOf");
                return;
            }
            container = container.get("isPartOf");
        }
        found.text(PublicationField.VENUE, firstName, LABEL + "isPartOf");
        JsonNode event = article.get("publication");
        if (event != null && event.isObject()) {
            found.text(PublicationField.VENUE, JsonLd.text(event, "name"), LABEL + "publication");
        }
    }

    private static void text(PartialPublication.Builder found, PublicationField field, JsonNode object,
                             String... properties) {
        for (String property : properties) {
            found.text(field, JsonLd.text(object, property), LABEL + property);
        }
    }

    /** A second try with stray quotes escaped (template output such as {@code "The "best" paper"}). */
    private static void readRepaired(String json, JacksonException original, List<JsonNode> objects,
                                     List<String> problems) {
        String repaired = StrayQuotes.escape(json);
        if (!repaired.equals(json)) {
            try {
                flatten(LENIENT.readTree(repaired), objects);
                problems.add("JSON-LD block repaired: unescaped quotes inside a string");
                return;
            } catch (JacksonException stillBroken) {
                // fall through to report the original problem
            }
        }
        problems.add("unreadable JSON-LD block: " + original.getOriginalMessage());
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(member -> flatten(member, into));
        } else if (node.isObject()) {
            if (node.has("@graph")) {
                flatten(node.get("@graph"), into);
            }
            if (node.has("@type")) {
                into.add(node);
            }
            // A WebPage whose mainEntity is the article (SpringerLink, many CMSs) holds it inside.
            if (node.has("mainEntity") && node.get("mainEntity").isContainer()) {
                flatten(node.get("mainEntity"), into);
            }
        }
    }

    static String lowerCase(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
