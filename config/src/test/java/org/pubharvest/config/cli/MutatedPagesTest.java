package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubharvest.ingest.fetch.FetchedPage;

import tools.jackson.databind.json.JsonMapper;

/**
 * The extraction corpus broken in the ways pages break (cut short, bytes flipped, a tag's end lost,
 * markup repeated, quote marks and JSON-LD left open), read at each page's own url: every mutation
 * gives records or rejects with reasons, and no error escapes. The seed is fixed, so a failure
 * names the page and the mutation that caused it.
 */
class MutatedPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MUTATION_KINDS = 6;
    private static final int MUTATIONS_A_PAGE = 6;

    static Stream<String> pages() throws IOException, URISyntaxException {
        return ExtractionCorpusTest.pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyMutationOfThePageIsReadWithoutAnError(String page) throws Exception {
        Path root = Path.of(MutatedPagesTest.class.getResource("/extraction-corpus").toURI());
        tools.jackson.databind.JsonNode key = JSON.readTree(Files.readString(root.resolve(page + ".expected.json")));
        String url = key.get("url").asString();
        byte[] original = ExtractionCorpusTest.html(page, key);
        Random random = new Random(page.hashCode());
        for (int i = 0; i < MUTATIONS_A_PAGE; i++) {
            int kind = i % MUTATION_KINDS;
            byte[] mutated = mutate(original, kind, random);
            assertThatCode(() -> PageRecords.of(new FetchedPage(url, 200, "text/html", null, null, mutated,
                    Instant.EPOCH), true)).as("%s, mutation %d of kind %d", page, i, kind).doesNotThrowAnyException();
        }
    }

    /** One of the six ways a page breaks, by number (0 to 5); {@link FuzzedPagesTest} draws from them too. */
    static byte[] mutate(byte[] page, int kind, Random random) {
        String html = new String(page, StandardCharsets.UTF_8);
        int at = random.nextInt(Math.max(1, html.length()));
        return switch (kind) {
            case 0 -> html.substring(0, at).getBytes(StandardCharsets.UTF_8);
            case 1 -> flipped(page, random);
            case 2 -> (html.substring(0, at) + html.substring(Math.min(html.length(), at + 1 + random.nextInt(200))))
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> (html.substring(0, at) + "<div><p>\u201c".repeat(2_000) + html.substring(at))
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> html.replace("</script>", "").replace("}", "").getBytes(StandardCharsets.UTF_8);
            default -> (html.substring(0, at) + "\"".repeat(100_000) + html.substring(at)).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] flipped(byte[] page, Random random) {
        byte[] copy = page.clone();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < Math.max(1, copy.length / 100); i++) {
            positions.add(random.nextInt(copy.length));
        }
        positions.forEach(position -> copy[position] = (byte) random.nextInt(256));
        return copy;
    }
}
