package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.pubharvest.ingest.fetch.FetchedPage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded fuzz of extraction: the corpus pages mutated as {@link MutatedPagesTest} mutates them, many
 * times over, and every page kind's url given the worst of what a page can hold (20,000 nested elements,
 * a megabyte of quote marks in a list entry, a two-megabyte attribute, 20,000 authors in tags and in a
 * byline, JSON-LD left open, binary garbage, each cut short too). Every page ends within the time limit
 * (with a small margin for the hand-over) in records, rejects with reasons, or nothing, and no error
 * escapes. The seed is fixed, so a failure names a page that can be made again.
 */
class FuzzedPagesTest {

    private static final long SEED = 20_240_601L;
    private static final int MUTATED_PAGES = 1_500;
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Duration MARGIN = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> KIND_URLS = List.of(
            "https://www.amazon.science/publications/fuzzed",
            "https://www.amazon.science/latest-news/the-10-most-read-research-papers-of-2021",
            "https://www.amazon.science/blog/fuzzed",
            "https://www.amazon.science/careers",
            "https://www.amazon.jobs/en/jobs/1234567/fuzzed",
            "https://journal.example.org/article/1");

    private static final List<Function<Random, String>> HOSTILE = List.of(
            random -> "<div>".repeat(20_000) + "<p>deep</p>" + "</div>".repeat(random.nextInt(20_000)),
            random -> "<ol><li>" + "\"".repeat(1_000_000) + "</li><li>\u201cAn entry\u201d</li></ol>",
            random -> "<a href=\"https://www.amazon.science/publications/" + "x".repeat(2_000_000) + "\" data-x=\""
                    + "y".repeat(random.nextInt(1_000)) + "\">a link</a>",
            random -> "<meta name=\"citation_author\" content=\"Ada Lovelace\">".repeat(20_000)
                    + "<p class=\"byline\">By " + "Ada Lovelace, ".repeat(20_000) + "and Alan Turing</p>",
            random -> "<script type=\"application/ld+json\">{\"@type\":\"ScholarlyArticle\",\"author\":["
                    + "{\"name\":\"A \\\"B\\\"\"},".repeat(10_000 + random.nextInt(100)),
            FuzzedPagesTest::binaryGarbage);

    @Test
    void everyFuzzedPageEndsInRecordsOrReasonsWithinTheLimit() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (String url : KIND_URLS) {
            for (int index = 0; index < HOSTILE.size(); index++) {
                String hostile = "<html><head><title>T</title></head><body><main><h1>T</h1>"
                        + HOSTILE.get(index).apply(random) + "</main></body></html>";
                byte[] whole = hostile.getBytes(StandardCharsets.UTF_8);
                check(url, whole, "hostile page " + index, failures);
                check(url, MutatedPagesTest.mutate(whole, 0, random), "hostile page " + index + " cut short", failures);
            }
        }
        List<Corpus> corpus = corpus();
        for (int i = 0; i < MUTATED_PAGES; i++) {
            Corpus page = corpus.get(random.nextInt(corpus.size()));
            int kind = random.nextInt(MutatedPagesTest.MUTATION_KINDS);
            byte[] mutated = MutatedPagesTest.mutate(page.html(), kind, random);
            if (random.nextInt(4) == 0) {
                mutated = MutatedPagesTest.mutate(mutated, random.nextInt(MutatedPagesTest.MUTATION_KINDS), random);
            }
            check(page.url(), mutated, page.name() + ", mutation " + i + " of kind " + kind, failures);
        }
        assertThat(failures).isEmpty();
    }

    private static void check(String url, byte[] body, String what, List<String> failures) {
        long started = System.nanoTime();
        PageRecords records;
        try {
            records = PageRecords.within(LIMIT, new FetchedPage(url, 200, "text/html", null, null, body, Instant.EPOCH),
                    true);
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(what + " at " + url + ": " + e);
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (took.compareTo(LIMIT.plus(MARGIN)) > 0) {
            failures.add(what + " at " + url + " took " + took);
        }
        records.rejects().stream().filter(reason -> reason == null || reason.isBlank())
                .forEach(reason -> failures.add(what + " at " + url + ": a reject without a reason"));
    }

    private static String binaryGarbage(Random random) {
        byte[] bytes = new byte[200_000];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private record Corpus(String name, String url, byte[] html) {
    }

    private static List<Corpus> corpus() throws Exception {
        Path root = Path.of(FuzzedPagesTest.class.getResource("/extraction-corpus").toURI());
        List<Corpus> pages = new ArrayList<>();
        for (String name : ExtractionCorpusTest.pages().toList()) {
            JsonNode key = JSON.readTree(Files.readString(root.resolve(name + ".expected.json")));
            pages.add(new Corpus(name, key.get("url").asString(), ExtractionCorpusTest.html(name, key)));
        }
        if (pages.isEmpty()) {
            fail("no corpus pages found");
        }
        return pages;
    }
}
