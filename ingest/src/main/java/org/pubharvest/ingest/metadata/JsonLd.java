package org.pubharvest.ingest.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.parser.Parser;

import tools.jackson.databind.JsonNode;

/** Small accessors for schema.org values, which may be a string, an object or an array of either. */
final class JsonLd {

    private JsonLd() {
    }

    static List<String> types(JsonNode object) {
        JsonNode type = object.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(each -> types.add(each.asString()));
        } else if (type != null) {
            types.add(type.asString());
        }
        return types;
    }

    /** The first of the named properties with a text value. */
    static String text(JsonNode object, String... properties) {
        for (String property : properties) {
            String value = scalar(object.get(property));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Names of people or things: a string, a {@code Person} with a name, or an array of them. */
    static List<String> names(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        if (value.isArray()) {
            value.forEach(member -> names.addAll(names(member)));
        } else {
            String name = nameOf(value);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    static String nameOf(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : nameOf(value.get(0));
        }
        if (value.isObject()) {
            String name = text(value, "name", "headline", "alternateName");
            if (name == null && text(value, "familyName") != null) {
                String given = text(value, "givenName");
                return given == null ? text(value, "familyName") : given + " " + text(value, "familyName");
            }
            return name;
        }
        return scalar(value);
    }

    static List<String> keywords(JsonNode article) {
        JsonNode keywords = article.get("keywords");
        List<String> values = new ArrayList<>();
        if (keywords == null) {
            return values;
        }
        if (keywords.isArray()) {
            keywords.forEach(keyword -> {
                String text = nameOf(keyword);
                if (text != null) {
                    values.add(text);
                }
            });
        } else if (scalar(keywords) != null) {
            Arrays.stream(scalar(keywords).split(",")).map(String::trim).filter(k -> !k.isEmpty()).forEach(values::add);
        }
        return values;
    }

    /** The PDF: {@code encoding.contentUrl} of a PDF media object, else a {@code url} ending in .pdf. */
    static String pdfUrl(JsonNode article) {
        List<JsonNode> media = new ArrayList<>(asList(article.get("encoding")));
        media.addAll(asList(article.get("associatedMedia")));
        for (JsonNode encoding : media) {
            String url = encoding.isObject() ? text(encoding, "contentUrl", "url") : scalar(encoding);
            String format = encoding.isObject() ? text(encoding, "encodingFormat") : null;
            if (url != null && (url.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                    || "application/pdf".equalsIgnoreCase(format))) {
                return url;
            }
        }
        String url = text(article, "url");
        return url != null && url.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? url : null;
    }

    /** A DOI from {@code identifier} or {@code sameAs} (doi.org links, {@code PropertyValue}s). */
    static String doi(JsonNode article) {
        List<JsonNode> candidates = new ArrayList<>(asList(article.get("identifier")));
        candidates.addAll(asList(article.get("sameAs")));
        candidates.addAll(asList(article.get("@id")));
        candidates.addAll(asList(article.get("url")));
        for (JsonNode candidate : candidates) {
            String value = candidate.isObject() ? text(candidate, "value", "@id", "url") : scalar(candidate);
            String propertyId = candidate.isObject() ? text(candidate, "propertyID") : null;
            if (value != null && (value.contains("10.") && (value.contains("doi") || "doi".equalsIgnoreCase(propertyId)
                    || value.startsWith("10.")))) {
                return value;
            }
        }
        return null;
    }

    private static List<JsonNode> asList(JsonNode value) {
        List<JsonNode> list = new ArrayList<>();
        if (value == null) {
            return list;
        }
        if (value.isArray()) {
            value.forEach(list::add);
        } else {
            list.add(value);
        }
        return list;
    }

    private static String scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        // JSON-LD is often written by templates that HTML-escape it once too often.
        String text = Parser.unescapeEntities(value.asString(), false).trim();
        return text.isEmpty() ? null : text;
    }
}
