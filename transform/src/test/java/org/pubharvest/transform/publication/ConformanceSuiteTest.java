package org.pubharvest.transform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.extract.ScrapedPublication;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.site.SiteProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformance suite: small pages of a site the project has never seen (read with the generic
 * profile), one per metadata syntax, precedence rule, broken JSON-LD form and encoding, each
 * with its expected record in a JSON file beside it ({@code src/test/resources/conformance}).
 * An expectation names only what the case is about; a missing key is not checked.
 */
class ConformanceSuiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PublicationExtractor EXTRACTOR =
            new PublicationExtractor(SiteProfiles.forUrl("https://conformance.example.org/"));
    private static final PublicationNormalizer NORMALIZER = PublicationNormalizer.withBundledCatalogs();

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path directory = Path.of(ConformanceSuiteTest.class.getResource("/conformance").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachPageGivesItsExpectedRecord(String name) throws Exception {
        JsonNode expected = JSON.readTree(read(name + ".json"));
        String url = "https://conformance.example.org/" + name;
        ScrapedPublication scraped = EXTRACTOR.extract(new FetchedPage(url, 200, expected.get("contentType").asString(),
                null, null, read(name + ".html"), Instant.parse("2026-11-24T02:00:00Z")));

        if (expected.has("sources")) {
            for (Map.Entry<String, JsonNode> source : expected.get("sources").properties()) {
                assertThat(scraped.sources().get(source.getKey())).as("source of " + source.getKey())
                        .hasToString(source.getValue().asString());
            }
        }
        if (expected.has("problem")) {
            assertThat(scraped.problems()).anySatisfy(problem -> assertThat(problem).contains(expected.get("problem").asString()));
        }
        NormalizedPublication result = NORMALIZER.normalize(scraped);
        if (expected.has("reject")) {
            assertThat(result).isInstanceOf(NormalizedPublication.Rejected.class);
            assertThat(((NormalizedPublication.Rejected) result).reason()).contains(expected.get("reject").asString());
            return;
        }
        assertThat(result).as(String.valueOf(result)).isInstanceOf(NormalizedPublication.Accepted.class);
        checkRecord(((NormalizedPublication.Accepted) result).publication(), expected);
    }

    private static void checkRecord(Publication publication, JsonNode expected) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "title" -> assertThat(publication.title()).isEqualTo(value.asString());
                case "authors" -> assertThat(publication.authors())
                        .containsExactlyElementsOf(value.valueStream().map(JsonNode::asString).toList());
                case "date" -> assertThat(publication.date() == null ? null : publication.date().toString())
                        .isEqualTo(value.isNull() ? null : value.asString());
                case "year" -> {
                    if (!value.isNull()) {
                        assertThat(publication.year()).isEqualTo(value.asInt());
                    }
                }
                case "venue" -> assertThat(publication.venue().key()).isEqualTo(value.asString());
                case "doi" -> assertThat(publication.doi()).isEqualTo(value.asString());
                case "pdfUrl" -> assertThat(publication.pdfUrl()).isEqualTo(value.asString());
                case "abstractStart" -> assertThat(publication.abstractText()).startsWith(value.asString());
                default -> {
                    // contentType, sources and problem are checked above
                }
            }
        }
    }

    private static byte[] read(String file) throws IOException {
        try (var in = ConformanceSuiteTest.class.getResourceAsStream("/conformance/" + file)) {
            return in.readAllBytes();
        }
    }
}
