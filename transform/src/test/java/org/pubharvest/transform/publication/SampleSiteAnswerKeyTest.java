package org.pubharvest.transform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubharvest.ingest.extract.PublicationExtractor;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.ingest.site.SiteProfiles;
import org.pubharvest.transform.area.ResearchArea;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction and normalization of every publication page of the bundled sample site, field by
 * field, against the site's answer key ({@code expected/publications.jsonl}), which was written
 * from the pages and not from this code. The messy pages are in it.
 */
class SampleSiteAnswerKeyTest {

    private static final SampleSite SITE = SampleSite.bundled();
    private static final PublicationExtractor EXTRACTOR = new PublicationExtractor(SiteProfiles.amazonScience());
    private static final PublicationNormalizer NORMALIZER = PublicationNormalizer.withBundledCatalogs();

    static Stream<JsonNode> expectedPublications() {
        String jsonl = new String(SITE.read("expected/publications.jsonl"), StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        return jsonl.lines().filter(line -> !line.isBlank()).map(json::readTree);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("expectedPublications")
    void everyFieldMatchesTheAnswerKey(JsonNode expected) {
        Publication publication = extract(expected.get("url").asString());

        assertThat(publication.title()).isEqualTo(expected.get("title").asString());
        assertThat(publication.authors()).isEqualTo(strings(expected.get("authors")));
        assertThat(publication.venue() == null ? null : publication.venue().acronym())
                .isEqualTo(textOrNull(expected.get("venueAcronym")));
        assertThat(publication.year()).isEqualTo(expected.get("year").asInt());
        assertThat(publication.date() == null ? null : publication.date().toString())
                .isEqualTo(textOrNull(expected.get("date")));
        assertThat(publication.researchAreas()).extracting(ResearchArea::slug)
                .isEqualTo(strings(expected.get("researchAreas")));
        if (expected.get("hasAbstract").asBoolean()) {
            assertThat(publication.abstractText()).startsWith(expected.get("abstractStart").asString());
        } else {
            assertThat(publication.abstractText()).isNull();
        }
        assertThat(publication.pdfUrl()).isEqualTo(textOrNull(expected.get("pdfUrl")));
        assertThat(publication.doi()).isEqualTo(lowerOrNull(textOrNull(expected.get("doi"))));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("expectedPublications")
    void everyPageNamesItsVenue(JsonNode expected) {
        Publication publication = extract(expected.get("url").asString());
        assertThat(publication.venue()).isNotNull();
        assertThat(publication.venueAsStated()).isNotBlank();
    }

    private static Publication extract(String url) {
        SamplePage page = SITE.pages().stream().filter(p -> p.canonicalUrl().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("the manifest has no page for " + url));
        FetchedPage fetched = new FetchedPage(url, 200, page.contentType(), null, null, SITE.read(page.file()),
                Instant.parse("2026-11-24T02:00:00Z"));
        NormalizedPublication result = NORMALIZER.normalize(EXTRACTOR.extract(fetched));
        assertThat(result).isInstanceOf(NormalizedPublication.Accepted.class);
        return ((NormalizedPublication.Accepted) result).publication();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String lowerOrNull(String text) {
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

}
