package org.pubharvest.ingest.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pubharvest.ingest.site.SiteMirror;

/** robots.txt and per-host pacing, against a real WireMock server. */
@Timeout(20)
class PoliteFetcherTest {

    private static final String SITE = "https://www.amazon.science";
    private static final String ROBOTS = """
            User-agent: *
            Disallow: /search

            User-agent: pubharvest
            Disallow: /drafts/
            """;

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(20))
            .build();

    @Test
    void aUrlThatRobotsTxtDisallowsForOurAgentIsRefusedWithoutARequest() {
        server.stubFor(get("/robots.txt").willReturn(ok(ROBOTS)));
        server.stubFor(get(urlPathMatching("/.*")).atPriority(10).willReturn(ok("<html></html>")));
        PageFetcher fetcher = fetcher(Duration.ZERO, 1);

        FetchResult drafts = fetcher.fetch(PageRequest.unconditional(SITE + "/drafts/secret"));
        FetchResult allowed = fetcher.fetch(PageRequest.unconditional(SITE + "/search?q=x"));

        assertThat(drafts).isEqualTo(new FetchResult.Refused(SITE + "/drafts/secret", "disallowed by robots.txt"));
        server.verify(0, getRequestedFor(urlEqualTo("/drafts/secret")));
        // The group for our agent replaces the '*' group, as robots.txt specifies.
        assertThat(allowed).isInstanceOf(FetchResult.Fetched.class);
    }

    @Test
    void robotsTxtIsReadOncePerSite() {
        server.stubFor(get("/robots.txt").willReturn(ok(ROBOTS)));
        server.stubFor(get(urlPathMatching("/publications/.*")).willReturn(ok("<html></html>")));
        PageFetcher fetcher = fetcher(Duration.ZERO, 1);

        for (int i = 0; i < 5; i++) {
            fetcher.fetch(PageRequest.unconditional(SITE + "/publications/p" + i));
        }

        server.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
        server.verify(5, getRequestedFor(urlPathMatching("/publications/.*")));
    }

    @Test
    void aSiteWithoutRobotsTxtAllowsEverything() {
        server.stubFor(get("/robots.txt").willReturn(notFound()));
        server.stubFor(get("/drafts/page").willReturn(ok("<html></html>")));

        assertThat(fetcher(Duration.ZERO, 1).fetch(PageRequest.unconditional(SITE + "/drafts/page")))
                .isInstanceOf(FetchResult.Fetched.class);
    }

    @Test
    void aRobotsTxtThatCannotBeReadMeansTryAgainLaterNotFetchAnyway() {
        server.stubFor(get("/robots.txt").willReturn(serverError()));
        server.stubFor(get("/publications/p").willReturn(ok("<html></html>")));

        FetchResult result = fetcher(Duration.ZERO, 1).fetch(PageRequest.unconditional(SITE + "/publications/p"));

        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        assertThat(((FetchResult.Failed) result).reason()).startsWith("robots.txt of " + SITE + " could not be read");
        server.verify(0, getRequestedFor(urlEqualTo("/publications/p")));
    }

    @Test
    void requestsToOneHostStartAtLeastTheMinimumDelayApart() {
        server.stubFor(get("/robots.txt").willReturn(notFound()));
        server.stubFor(get(urlPathMatching("/publications/.*")).willReturn(ok("<html></html>")));
        PageFetcher fetcher = fetcher(Duration.ofMillis(150), 1);

        for (int i = 0; i < 4; i++) {
            fetcher.fetch(PageRequest.unconditional(SITE + "/publications/p" + i));
        }

        List<Long> starts = pageRequestTimes();
        assertThat(starts).hasSize(4);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void aCrawlDelayInRobotsTxtStretchesThePause() {
        server.stubFor(get("/robots.txt").willReturn(ok("User-agent: *\nCrawl-delay: 0.3\n")));
        server.stubFor(get(urlPathMatching("/publications/.*")).willReturn(ok("<html></html>")));
        PageFetcher fetcher = fetcher(Duration.ZERO, 1);

        for (int i = 0; i < 3; i++) {
            fetcher.fetch(PageRequest.unconditional(SITE + "/publications/p" + i));
        }

        List<Long> starts = pageRequestTimes();
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void noMoreThanTheConcurrencyLimitReachOneHostAtOnce() throws Exception {
        server.stubFor(get("/robots.txt").willReturn(notFound()));
        server.stubFor(get(urlPathMatching("/publications/.*")).willReturn(ok("<html></html>").withFixedDelay(200)));
        PageFetcher fetcher = fetcher(Duration.ZERO, 2);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<FetchResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String url = SITE + "/publications/p" + i;
                results.add(pool.submit(() -> fetcher.fetch(PageRequest.unconditional(url))));
            }
            for (Future<FetchResult> result : results) {
                assertThat(result.get()).isInstanceOf(FetchResult.Fetched.class);
            }
        } finally {
            pool.shutdown();
        }

        // Six requests of 200 ms, two at a time: three waves, so no instant sees three in flight.
        List<ServeEvent> events = server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/publications/")).toList();
        for (ServeEvent event : events) {
            long start = event.getRequest().getLoggedDate().getTime();
            long inFlight = events.stream().filter(other -> {
                long otherStart = other.getRequest().getLoggedDate().getTime();
                return otherStart <= start && start < otherStart + 200;
            }).count();
            assertThat(inFlight).isLessThanOrEqualTo(2);
        }
    }

    private static List<Long> pageRequestTimes() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/publications/"))
                .map(event -> event.getRequest().getLoggedDate().getTime())
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static PageFetcher fetcher(Duration minDelay, int maxConcurrency) {
        FetchSettings settings = new FetchSettings("pubharvest/0.1 (+mailto:tests@example.org)", Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1 << 20, 2, Duration.ofMillis(10), Duration.ofMillis(20), 3);
        HttpPageFetcher http = new HttpPageFetcher(settings,
                new SiteMirror(Map.of(SITE, "http://127.0.0.1:" + server.getPort())));
        return new PoliteFetcher(http, new PolitenessSettings(minDelay, maxConcurrency, true, "pubharvest",
                Duration.ofSeconds(5), Duration.ofHours(1)), Clock.systemUTC());
    }
}
