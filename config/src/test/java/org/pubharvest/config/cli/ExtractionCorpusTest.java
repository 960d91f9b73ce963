package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.transform.text.Text;
import org.pubharvest.transform.venue.VenueCatalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extraction corpus ({@code src/test/resources/extraction-corpus}), pages written apart from
 * the extractor, each with an answer key beside it ({@code <page>.expected.json}):
 * {@code variations/} renders the same Amazon Science content in several independent styles (other
 * class names, nesting, elements, with and without metadata), so every rendering of one content
 * must give the same records; {@code publishers/} holds landing pages modelled on the conventions of
 * other publishers and platforms. Each page goes through what {@code extract} runs, and every record
 * of its key must come out, field for field, and no other.
 */
class ExtractionCorpusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final VenueCatalog VENUES = VenueCatalog.bundled();

    static Stream<String> pages() throws IOException, URISyntaxException {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".expected.json"))
                    .map(name -> name.substring(0, name.length() - ".expected.json".length()))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void eachPageGivesTheRecordsOfItsKey(String page) throws Exception {
        JsonNode key = JSON.readTree(Files.readString(root().resolve(page + ".expected.json")));
        byte[] html = html(page, key);
        PageRecords found = PageRecords.of(new FetchedPage(key.get("url").asString(), 200,
                key.path("contentType").asString("text/html; charset=utf-8"), null, null, html,
                Instant.parse("2026-11-24T02:00:00Z")), true);

        List<String> differences = differences(key.get("records"), found.records());
        assertThat(differences).as("records of %s (rejected: %s)", page, found.rejects()).isEmpty();
    }

    /**
     * The renderings of one content (the variations that share a url) give the same records: each
     * record projected on the fields its key names, the long texts on their first 40 characters.
     */
    @org.junit.jupiter.api.Test
    void everyRenderingOfOneContentGivesTheSameRecords() throws Exception {
        Map<String, Map<String, Object>> byContent = new java.util.TreeMap<>();
        for (String page : pages().filter(name -> name.startsWith("variations/")).toList()) {
            JsonNode key = JSON.readTree(Files.readString(root().resolve(page + ".expected.json")));
            PageRecords found = PageRecords.of(new FetchedPage(key.get("url").asString(), 200, "text/html; charset=utf-8",
                    null, null, html(page, key), Instant.parse("2026-11-24T02:00:00Z")),
                    false);
            java.util.Set<String> named = new java.util.HashSet<>();
            key.get("records").forEach(record -> record.propertyNames().forEach(field ->
                    named.add(field.replace("abstractStart", "abstract").replace("descriptionStart", "description"))));
            Map<String, Object> projected = new java.util.TreeMap<>();
            for (Map<String, Object> record : found.records()) {
                String type = (String) record.get("type");
                Map<String, Object> fields = new java.util.TreeMap<>();
                record.forEach((field, value) -> {
                    if (named.contains(field)) {
                        fields.put(field, value instanceof String text && text.length() > 40
                                ? text.replaceAll("\\s+", " ").substring(0, 40) : value);
                    }
                });
                projected.put(type + " " + identity(type, JSON.valueToTree(record)), fields);
            }
            Map<String, Object> first = byContent.putIfAbsent(key.get("url").asString(), projected);
            if (first != null) {
                assertThat(projected).as("records of %s against the first rendering of its content", page).isEqualTo(first);
            }
        }
        assertThat(byContent).as("contents with several renderings").hasSizeGreaterThanOrEqualTo(6);
    }

    static List<String> differences(JsonNode expectedRecords, List<Map<String, Object>> actual) {
        List<JsonNode> actualNodes = actual.stream().map(record -> JSON.valueToTree(record)).map(JsonNode.class::cast)
                .toList();
        List<String> differences = new ArrayList<>();
        for (String type : List.of("publication", "ranking", "job", "blog-post")) {
            List<JsonNode> expectedOfType = expectedRecords.valueStream()
                    .filter(record -> record.get("type").asString().equals(type)).toList();
            List<JsonNode> actualOfType = actualNodes.stream()
                    .filter(record -> record.get("type").asString().equals(type)).toList();
            if (expectedOfType.size() != actualOfType.size()) {
                differences.add(type + ": " + expectedOfType.size() + " expected, " + actualOfType.size() + " found "
                        + actualOfType.stream().map(record -> identity(type, record)).toList());
            }
            for (JsonNode expected : expectedOfType) {
                JsonNode match = actualOfType.stream()
                        .filter(record -> Objects.equals(identity(type, record), identity(type, expected)))
                        .findFirst().orElse(null);
                if (match == null) {
                    differences.add(type + " " + identity(type, expected) + ": not found");
                    continue;
                }
                for (Map.Entry<String, JsonNode> field : expected.properties()) {
                    String difference = difference(field.getKey(), field.getValue(), match);
                    if (difference != null) {
                        differences.add(type + " " + identity(type, expected) + " " + difference
                                + (match.has("sources") ? " (sources " + match.get("sources") + ")" : ""));
                    }
                }
            }
        }
        return differences;
    }

    private static String identity(String type, JsonNode record) {
        return switch (type) {
            case "ranking" -> record.path("rank").asString();
            case "job" -> record.path("jobId").asString();
            default -> type; // one publication or blog post a page
        };
    }

    /** A field of the key against the record: null means absent, "…Start" a prefix, venue by name or catalog. */
    private static String difference(String field, JsonNode expected, JsonNode record) {
        switch (field) {
            case "type", "style", "url" -> {
                return null;
            }
            case "abstractStart", "descriptionStart" -> {
                String actual = record.path(field.equals("abstractStart") ? "abstract" : "description").asString(null);
                String collapsed = actual == null ? null : actual.replaceAll("\\s+", " ").strip();
                if (expected.isNull()) {
                    return collapsed == null ? null : field + ": expected none, got '" + shorten(collapsed) + "'";
                }
                return collapsed != null && collapsed.startsWith(expected.asString().strip()) ? null
                        : field + ": expected '" + expected.asString() + "', got '" + shorten(collapsed) + "'";
            }
            case "venue" -> {
                String actual = record.path("venue").asString(null);
                if (expected.isNull()) {
                    return actual == null ? null : "venue: expected none, got '" + actual + "'";
                }
                String canonical = VENUES.resolve(expected.asString()).map(venue -> venue.name()).orElse("");
                boolean same = actual != null && (Text.fold(actual).equals(Text.fold(expected.asString()))
                        || Text.fold(actual).equals(Text.fold(canonical)));
                return same ? null : "venue: expected '" + expected.asString() + "', got '" + actual + "'";
            }
            default -> {
                JsonNode actual = record.get(field);
                boolean bothAbsent = expected.isNull() && (actual == null || actual.isNull());
                boolean emptyList = expected.isArray() && expected.isEmpty() && actual != null && actual.isArray()
                        && actual.isEmpty();
                if (bothAbsent || emptyList || Objects.equals(actual, expected)
                        || (actual != null && expected.isNumber() && actual.asString().equals(expected.asString()))) {
                    return null;
                }
                return field + ": expected " + expected + ", got " + actual;
            }
        }
    }

    /** The page's markup: its own file, or the file its key names ("page") when it is another page served at another url. */
    static byte[] html(String page, JsonNode key) throws IOException, URISyntaxException {
        String file = key.has("page") ? page.substring(0, page.lastIndexOf('/') + 1) + key.get("page").asString() : page;
        return Files.readAllBytes(root().resolve(file + ".html"));
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static Path root() throws URISyntaxException {
        return Path.of(ExtractionCorpusTest.class.getResource("/extraction-corpus").toURI());
    }
}
