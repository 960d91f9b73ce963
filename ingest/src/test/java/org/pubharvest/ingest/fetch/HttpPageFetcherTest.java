package org.pubharvest.ingest.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pubharvest.ingest.site.SiteMirror;

@Timeout(10) // a retry loop that ignores its limits fails here instead of hanging the build
class HttpPageFetcherTest {

    private static final String SITE = "https://www.amazon.science";
    private static final String PATH = "/publications/a-map-of-bandits-for-e-commerce";
    private static final String CANONICAL_URL = SITE + PATH;
    private static final String USER_AGENT = "pubharvest-test/1.0 (+mailto:tests@example.org)";
    private static final int MAX_ATTEMPTS = 3;
    private static final int MAX_REDIRECTS = 3;
    private static final long MAX_BODY_BYTES = 64 * 1024;
    private static final String PAGE = "<html><head><title>A map of bandits</title></head><body>Bandits</body></html>";

    // Jetty's own gzip would rewrite ETags ("v1" -> "v1--gzip"); the gzip test encodes its body itself.
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
            .build();

    private final HttpPageFetcher fetcher = fetcher(Duration.ofSeconds(5));

    /** Tiny backoff; the request timeout is short only where a test is about timing out (cold JVMs are slow). */
    private static HttpPageFetcher fetcher(Duration requestTimeout) {
        FetchSettings settings = new FetchSettings(USER_AGENT, Duration.ofMillis(500), requestTimeout,
                MAX_BODY_BYTES, MAX_ATTEMPTS, Duration.ofMillis(10), Duration.ofMillis(50), MAX_REDIRECTS);
        return new HttpPageFetcher(settings, new SiteMirror(Map.of(SITE, "http://127.0.0.1:" + server.getPort())));
    }

    @Test
    void okResponseKeepsBodyAndHeadersUnderTheCanonicalUrl() {
        server.stubFor(get(PATH).willReturn(ok(PAGE)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withHeader("ETag", "\"v1\"")
                .withHeader("Last-Modified", "Wed, 01 Dec 2021 10:00:00 GMT")));

        FetchedPage page = fetchedPage(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL)));

        assertThat(page.url()).isEqualTo(CANONICAL_URL);
        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(page.etag()).isEqualTo("\"v1\"");
        assertThat(page.lastModified()).isEqualTo("Wed, 01 Dec 2021 10:00:00 GMT");
        assertThat(page.contentHash()).isEqualTo(ContentHash.of(PAGE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sendsTheConfiguredUserAgentAndNoValidatorsOnAnUnconditionalRequest() {
        server.stubFor(get(PATH).willReturn(ok(PAGE)));

        fetcher.fetch(PageRequest.unconditional(CANONICAL_URL));

        server.verify(1, getRequestedFor(urlEqualTo(PATH))
                .withHeader("User-Agent", equalTo(USER_AGENT))
                .withHeader("If-None-Match", absent())
                .withHeader("If-Modified-Since", absent()));
    }

    @Test
    void conditionalRequestSendsValidatorsAndNotModifiedIsReported() {
        server.stubFor(get(PATH).willReturn(status(304).withHeader("ETag", "\"v1\"")));

        FetchResult result = fetcher.fetch(new PageRequest(CANONICAL_URL, "\"v1\"", "Wed, 01 Dec 2021 10:00:00 GMT"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.NotModified.class, notModified -> {
            assertThat(notModified.url()).isEqualTo(CANONICAL_URL);
            assertThat(notModified.etag()).as("the 304's own validator").isEqualTo("\"v1\"");
            assertThat(notModified.lastModified()).isNull();
            assertThat(notModified.answeredAt()).isNotNull();
        });
        server.verify(1, getRequestedFor(urlEqualTo(PATH))
                .withHeader("If-None-Match", equalTo("\"v1\""))
                .withHeader("If-Modified-Since", equalTo("Wed, 01 Dec 2021 10:00:00 GMT")));
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410})
    void missingPageIsGoneWithoutRetrying(int statusCode) {
        server.stubFor(get(PATH).willReturn(status(statusCode)));

        assertThat(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL)))
                .isEqualTo(new FetchResult.Gone(CANONICAL_URL, statusCode));
        server.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void otherClientErrorFailsWithoutRetrying() {
        server.stubFor(get(PATH).willReturn(status(403)));

        assertThat(failure(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL)))).contains("HTTP 403");
        server.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void serverErrorThenSuccessIsRetried() {
        stubFailureThenPage(serverError());

        assertThat(fetchedPage(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL))).body())
                .asString(StandardCharsets.UTF_8).isEqualTo(PAGE);
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @ParameterizedTest
    @ValueSource(ints = {503, 429})
    void unavailableOrThrottledWithRetryAfterZeroIsRetried(int statusCode) {
        stubFailureThenPage(status(statusCode).withHeader("Retry-After", "0"));

        assertThat(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL))).isInstanceOf(FetchResult.Fetched.class);
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retryAfterLongerThanTheMaximumDelayIsCapped() {
        stubFailureThenPage(status(503).withHeader("Retry-After", "3600"));

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(PageRequest.unconditional(CANONICAL_URL));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void persistentServerErrorFailsAfterMaxAttempts() {
        server.stubFor(get(PATH).willReturn(serverError()));

        assertThat(failure(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL))))
                .contains("HTTP 500").contains(MAX_ATTEMPTS + " attempts");
        server.verify(MAX_ATTEMPTS, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void responseSlowerThanTheRequestTimeoutFails() {
        server.stubFor(get(PATH).willReturn(ok(PAGE).withFixedDelay(1_000)));

        assertThat(failure(fetcher(Duration.ofMillis(500)).fetch(PageRequest.unconditional(CANONICAL_URL))))
                .containsIgnoringCase("timed out").contains(MAX_ATTEMPTS + " attempts");
        server.verify(MAX_ATTEMPTS, getRequestedFor(urlEqualTo(PATH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void brokenConnectionsFailAfterRetries(String faultName) {
        server.stubFor(get(PATH).willReturn(aResponse().withFault(Fault.valueOf(faultName))));

        assertThat(failure(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL))))
                .contains(MAX_ATTEMPTS + " attempts");
        server.verify(MAX_ATTEMPTS, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void gzipEncodedBodyIsDecoded() throws IOException {
        server.stubFor(get(PATH).willReturn(ok()
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withHeader("Content-Encoding", "gzip")
                .withBody(gzip(PAGE.getBytes(StandardCharsets.UTF_8)))));

        FetchedPage page = fetchedPage(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL)));

        assertThat(page.body()).asString(StandardCharsets.UTF_8).isEqualTo(PAGE);
        server.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("Accept-Encoding", equalTo("gzip")));
    }

    @Test
    void bodyOfExactlyTheLimitIsAccepted() {
        server.stubFor(get(PATH).willReturn(ok("x".repeat((int) MAX_BODY_BYTES))));

        assertThat(fetchedPage(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL))).body())
                .hasSize((int) MAX_BODY_BYTES);
    }

    @Test
    void bodyLargerThanTheLimitIsRefusedNamingTheLimitWithoutRetrying() {
        server.stubFor(get(PATH).willReturn(ok("x".repeat((int) MAX_BODY_BYTES + 1))));

        assertThat(refusal(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL))))
                .contains(String.valueOf(MAX_BODY_BYTES));
        server.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void gzipBodyIsBoundedByItsDecodedSize() throws IOException {
        byte[] decodedTooLarge = new byte[(int) MAX_BODY_BYTES * 16];
        server.stubFor(get(PATH).willReturn(ok().withHeader("Content-Encoding", "gzip").withBody(gzip(decodedTooLarge))));

        assertThat(refusal(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL))))
                .contains(String.valueOf(MAX_BODY_BYTES));
    }

    @Test
    void redirectWithinTheSiteIsFollowedUnderTheRequestedUrl() {
        server.stubFor(get(PATH).willReturn(status(301).withHeader("Location", "/publications/bandits-renamed")));
        server.stubFor(get("/publications/bandits-renamed").willReturn(ok(PAGE)));

        FetchedPage page = fetchedPage(fetcher.fetch(new PageRequest(CANONICAL_URL, "\"old\"", null)));

        assertThat(page.url()).isEqualTo(CANONICAL_URL);
        assertThat(page.body()).asString(StandardCharsets.UTF_8).isEqualTo(PAGE);
        // The stored validators belong to the old url, not to the redirect target.
        server.verify(1, getRequestedFor(urlEqualTo("/publications/bandits-renamed"))
                .withHeader("If-None-Match", absent()));
    }

    @Test
    void redirectToTheCanonicalSiteIsFetchedFromTheMirror() {
        server.stubFor(get(PATH).willReturn(status(302).withHeader("Location", SITE + "/publications/moved")));
        server.stubFor(get("/publications/moved").willReturn(ok(PAGE)));

        FetchedPage page = fetchedPage(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL)));

        assertThat(page.url()).isEqualTo(CANONICAL_URL);
        server.verify(1, getRequestedFor(urlEqualTo("/publications/moved")));
    }

    @Test
    void redirectToAnotherHostIsRefused() {
        server.stubFor(get(PATH).willReturn(status(302).withHeader("Location", "https://evil.example.org/phish")));

        FetchResult result = fetcher.fetch(PageRequest.unconditional(CANONICAL_URL));

        assertThat(result.url()).isEqualTo(CANONICAL_URL);
        assertThat(refusal(result)).contains("https://evil.example.org/phish");
    }

    @Test
    void redirectLoopFailsAfterMaxRedirects() {
        server.stubFor(get("/publications/loop-a").willReturn(status(302).withHeader("Location", "/publications/loop-b")));
        server.stubFor(get("/publications/loop-b").willReturn(status(302).withHeader("Location", "/publications/loop-a")));

        FetchResult result = fetcher.fetch(PageRequest.unconditional(SITE + "/publications/loop-a"));

        assertThat(failure(result)).contains("redirects").contains(String.valueOf(MAX_REDIRECTS));
        assertThat(server.getAllServeEvents()).hasSize(MAX_REDIRECTS + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/publications/x", "https://www.amazon.science.evil.org/publications/x",
            "http://www.amazon.science/publications/x"})
    void urlOutsideTheSiteIsRefusedWithoutAnyRequest(String url) {
        FetchResult result = fetcher.fetch(PageRequest.unconditional(url));

        assertThat(refusal(result)).contains(url);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aBodyThatTricklesPastTheTimeoutFailsInsteadOfHangingTheRun() {
        // Headers at once, then the body in pieces over 3 s: the deadline covers the body too.
        server.stubFor(get(PATH).willReturn(ok(PAGE).withChunkedDribbleDelay(5, 3_000)));

        assertThat(failure(fetcher(Duration.ofMillis(500)).fetch(PageRequest.unconditional(CANONICAL_URL))))
                .contains("timed out");
    }

    @Test
    void malformedRedirectLocationIsAFailureNotAnException() {
        server.stubFor(get(PATH).willReturn(status(301).withHeader("Location", "/publications/a map of bandits")));

        assertThat(failure(fetcher.fetch(PageRequest.unconditional(CANONICAL_URL)))).contains("malformed Location");
    }

    private static void stubFailureThenPage(ResponseDefinitionBuilder failure) {
        server.stubFor(get(PATH).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(failure).willSetStateTo("recovered"));
        server.stubFor(get(PATH).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(ok(PAGE)));
    }

    private static FetchedPage fetchedPage(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        return ((FetchResult.Fetched) result).page();
    }

    private static String failure(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        return ((FetchResult.Failed) result).reason();
    }

    private static String refusal(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Refused.class);
        return ((FetchResult.Refused) result).reason();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
