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
            "blogposting", "creativework", "report", "thesis", "techarticle");

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
        return new PartialPublication(MetadataSource.JSON_LD,
                JsonLd.text(article, "headline", "name"),
                JsonLd.names(article.get("author")),
                JsonLd.nameOf(article.get("isPartOf")),
                JsonLd.text(article, "datePublished", "dateCreated"),
                JsonLd.text(article, "abstract", "description"),
                JsonLd.pdfUrl(article),
                JsonLd.doi(article),
                JsonLd.keywords(article),
                List.of());
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
        }
    }

    static String lowerCase(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
