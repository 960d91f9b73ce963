package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pubharvest.ingest.fetch.FetchedPage;

/**
 * Pages built to hurt the extractor (deep nesting, thousands of job links or quoted paragraphs, one
 * huge paragraph, thousands of meta tags) are read to an end, without an error escaping, on every
 * page kind's path. The time limit is a guard against a hang, far above what reading takes. A page
 * that takes the extractor far longer than the extraction time limit is rejected at the limit.
 */
class HostilePagesTest {

    private static final String LIST = "https://www.amazon.science/latest-news/the-10-most-read-research-papers-of-2021";
    private static final String PUBLICATION = "https://www.amazon.science/publications/hostile";
    private static final String OTHER_SITE = "https://journal.example.org/article/1";
    private static final String JOB_DETAIL = "https://www.amazon.jobs/en/jobs/1234567/scientist";

    static Stream<Arguments> pages() {
        String deep = "<div>".repeat(50_000) + "<p>\"A quoted abstract that is long enough to count as one.\"</p>"
                + "</div>".repeat(50_000);
        String jobLinks = "<ul>" + "<li><a href=\"https://www.amazon.jobs/en/jobs/1234567/x\">Scientist</a> US, WA, Seattle</li>"
                .repeat(20_000) + "</ul>";
        String quotes = "<p>\"Quoted paragraph long enough to be taken for an abstract of a list entry.</p>".repeat(10_000);
        String huge = "<p>" + "word ".repeat(400_000) + "</p>";
        String metas = "<meta name=\"citation_author\" content=\"Ada Lovelace\">".repeat(5_000);
        return Stream.of(LIST, PUBLICATION, OTHER_SITE).flatMap(url -> Stream.of(
                Arguments.of(url, "deep nesting", deep),
                Arguments.of(url, "20,000 job links", jobLinks),
                Arguments.of(url, "10,000 quoted paragraphs", quotes),
                Arguments.of(url, "a 2 MB paragraph", huge),
                Arguments.of(url, "5,000 meta tags", "<html><head>" + metas + "</head><body><h1>T</h1></body></html>")));
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("pages")
    void aHostilePageIsReadToAnEnd(String url, String what, String html) {
        // Fails on any error that escapes (a stack overflow included) and on a read that does not end.
        PageRecords records = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PageRecords.of(page(url, html),
                false), what);

        assertThat(records.records()).as(what).hasSizeLessThanOrEqualTo(500);
    }

    /**
     * 20,000 nested elements that each hold a word: reading a job detail page walks such a page in time
     * that grows with the square of its depth (5,000 levels took 1.7 s on 2 cores, so this page takes
     * about half a minute unbounded).
     */
    @Test
    void aPageThatTakesTheExtractorLongerThanTheLimitIsRejectedAtTheLimit() {
        String slow = "<div>word ".repeat(20_000) + "</div>".repeat(20_000);
        Duration limit = Duration.ofMillis(300);
        long started = System.nanoTime();

        PageRecords records = PageRecords.within(limit, page(JOB_DETAIL, slow), false);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(records.records()).isEmpty();
        assertThat(records.rejects()).containsExactly("extraction took longer than 300ms");
        assertThat(took).isLessThan(limit.multipliedBy(4));
        assertThat(extractionThreadsStillRunning(Duration.ofSeconds(2)))
                .as("the extraction stopped at its next check of the deadline, not minutes later").isEmpty();
    }

    private static FetchedPage page(String url, String html) {
        return new FetchedPage(url, 200, "text/html", null, null, html.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
    }

    /** The extraction threads still at work after waiting up to {@code patience} for them to stop. */
    private static List<String> extractionThreadsStillRunning(Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        List<String> running;
        do {
            running = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("extraction-"))
                    .filter(thread -> thread.getState() == Thread.State.RUNNABLE)
                    .map(Thread::getName).toList();
        } while (!running.isEmpty() && System.nanoTime() < until && pause());
        return running;
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
