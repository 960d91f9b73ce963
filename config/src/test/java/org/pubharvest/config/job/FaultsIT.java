package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pubharvest.config.HarvestApplication;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.load.frontier.UrlState;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every kind of misbehaving server, each on its own page of the 2021 listing: the run goes on,
 * each url ends in the state it deserves with its reason, and the counts add up (the accounting
 * test). A second run against the healed site loads what failed, and flags (but keeps) a
 * publication whose page has since gone.
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = HarvestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:faults-it;DB_CLOSE_DELAY=-1",
        "pubharvest.fetch.request-timeout=1500ms",
        "pubharvest.fetch.max-attempts=3"})
class FaultsIT {

    private static final String PAGES = "/www.amazon.science/publications/";
    private static final HarvestScope SCOPE = new HarvestScope(new TreeSet<>(List.of("publications")), 2021);
    private static final String FAULTS = "faults";

    /** Slug of a 2021 publication page -> what its server does, and the state the url must end in. */
    private static final Map<String, Expectation> FAULTY = new LinkedHashMap<>();

    static {
        fault("a-map-of-bandits-for-e-commerce", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), UrlState.FAILED, "");
        fault("carbon-aware-scheduling-of-batch-workloads-across-cloud-regions", aResponse().withFault(Fault.EMPTY_RESPONSE),
                UrlState.FAILED, "");
        fault("contextual-rephrase-detection-for-reducing-friction-in-dialogue-systems",
                aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), UrlState.FAILED, "");
        fault("ctr-bert-cost-effective-knowledge-distillation-for-billion-parameter-teacher-models",
                aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), UrlState.FAILED, "");
        fault("differentially-private-federated-learning-for-on-device-keyword-spotting",
                aResponse().withStatus(200).withBody("late").withFixedDelay(4_000), UrlState.FAILED, "timed out");
        fault("error-mitigation-for-variational-algorithms-on-superconducting-qubits",
                aResponse().withStatus(200).withBody("late").withUniformRandomDelay(3_000, 5_000), UrlState.FAILED,
                "timed out");
        fault("few-shot-intent-classification-with-prototypical-adapters", serverError(), UrlState.FAILED,
                "HTTP 500 after 3 attempts");
        fault("grasp-planning-for-deformable-packages-in-high-throughput-warehouse-picking",
                status(302).withHeader("Location", "/publications/grasp-loop"), UrlState.FAILED, "redirects");
        fault("learning-to-price-in-two-sided-markets-under-demand-uncertainty",
                aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(new byte[40 * 1024 * 1024]),
                UrlState.REJECTED, "body larger than 10485760 bytes");
        fault("multimodal-deep-learning-for-sustainable-packaging-at-scale",
                aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4 ..."),
                UrlState.REJECTED, "Content-Type application/pdf");
    }

    private static final WireMockServer SITE = startSite();
    private static final String GONE_LATER = "sharding-embedding-tables-for-large-scale-recommendation-training";

    @Autowired
    HarvestLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void siteMirror(DynamicPropertyRegistry registry) {
        SampleSiteStubs.mirror(registry, SITE);
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void aFaultyServerCostsOnlyItsOwnPagesAndEveryUrlEndsInOneState() {
        RunReport report = launcher.harvest(SCOPE);

        assertThat(report.status()).as(report.summary()).isEqualTo(BatchStatus.COMPLETED);
        FAULTY.forEach((slug, expected) -> {
            Map<String, Object> row = jdbc.sql("SELECT state, reason FROM frontier WHERE url = ?")
                    .param("https://www.amazon.science/publications/" + slug).query().singleRow();
            assertThat(row.get("STATE")).as(slug + ": " + row.get("REASON")).isEqualTo(expected.state().name());
            assertThat(String.valueOf(row.get("REASON"))).as(slug).contains(expected.reasonContains());
        });
        // 20 pages: 8 failed, 2 rejected; the other 10 (503 and 429 retried, the wrong charset read right) loaded.
        assertThat(report.summary()).as(jdbc.sql("SELECT url || ': ' || state || ' ' || COALESCE(reason, '') FROM frontier")
                .query(String.class).list().toString()).isEqualTo("discovered=20 loaded=10 unchanged=0 rejected=2 gone=0 failed=8");
        assertThat(harvestRunCounts()).isEqualTo(Map.of("DISCOVERED", 20, "LOADED", 10, "UNCHANGED", 0, "REJECTED", 2,
                "GONE", 0, "FAILED", 8));
        assertThat(jdbc.sql("SELECT step FROM reject ORDER BY step").query(String.class).list())
                .containsExactly("extract", "fetch");
        assertThat(authorsOf("necessary-and-sufficient-conditions-for-causal-feature-selection-in-time-series-with-latent-common-causes"))
                .contains("Bernhard Schölkopf");

        healTheSiteButRemove(GONE_LATER);
        RunReport healed = launcher.harvest(SCOPE);

        // What failed or was rejected loads now (the charset page too: its bytes changed); the removed page is gone.
        assertThat(healed.summary()).isEqualTo("discovered=20 loaded=11 unchanged=8 rejected=0 gone=1 failed=0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication").query(Integer.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("SELECT gone_at IS NOT NULL FROM publication WHERE url LIKE ?").param("%" + GONE_LATER)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication WHERE gone_at IS NOT NULL").query(Integer.class).single())
                .isEqualTo(1);
    }

    private static void healTheSiteButRemove(String slug) {
        SITE.resetScenarios();
        SITE.removeStubsByMetadata(matchingJsonPath("$.group", equalTo(FAULTS)));
        SITE.stubFor(get(urlEqualTo(PAGES + slug)).atPriority(1).willReturn(notFound()));
    }

    private List<String> authorsOf(String slug) {
        return jdbc.sql("""
                        SELECT a.name FROM publication_author pa JOIN author a ON a.id = pa.author_id
                        JOIN publication p ON p.id = pa.publication_id WHERE p.url = ? ORDER BY pa.author_position""")
                .param("https://www.amazon.science/publications/" + slug).query(String.class).list();
    }

    private Map<String, Integer> harvestRunCounts() {
        Map<String, Object> row = jdbc.sql("SELECT discovered, loaded, unchanged, rejected, gone, failed FROM harvest_run")
                .query().singleRow();
        Map<String, Integer> counts = new LinkedHashMap<>();
        row.forEach((column, value) -> counts.put(column, ((Number) value).intValue()));
        return counts;
    }

    private static void fault(String slug, ResponseDefinitionBuilder response, UrlState state, String reasonContains) {
        FAULTY.put(slug, new Expectation(response, state, reasonContains));
    }

    private static WireMockServer startSite() {
        // Jetty would gzip the 40 MB body before sending its headers, which under load outlasts the timeout.
        WireMockServer server = new WireMockServer(options().dynamicPort().gzipDisabled(true));
        server.start();
        SampleSiteStubs.register(server, SampleSite.bundled());
        FAULTY.forEach((slug, expectation) -> server.stubFor(get(urlEqualTo(PAGES + slug)).atPriority(1)
                .withMetadata(Map.of("group", FAULTS)).willReturn(expectation.response())));
        server.stubFor(get(urlEqualTo("/www.amazon.science/publications/grasp-loop")).atPriority(1)
                .withMetadata(Map.of("group", FAULTS))
                .willReturn(status(302).withHeader("Location",
                        "/publications/grasp-planning-for-deformable-packages-in-high-throughput-warehouse-picking")));
        onceThenPage(server, "probabilistic-forecasting-a-level-set-approach",
                status(503).withHeader("Retry-After", "1"));
        onceThenPage(server, "proving-the-absence-of-privilege-escalation-in-cloud-access-policies",
                status(429).withHeader("Retry-After", "0"));
        serveInWrongCharset(server,
                "necessary-and-sufficient-conditions-for-causal-feature-selection-in-time-series-with-latent-common-causes");
        return server;
    }

    /** Fails once, then serves the real page, as a server under load does. */
    private static void onceThenPage(WireMockServer server, String slug, ResponseDefinitionBuilder failure) {
        server.stubFor(get(urlEqualTo(PAGES + slug)).atPriority(1).inScenario(slug).whenScenarioStateIs(STARTED)
                .withMetadata(Map.of("group", FAULTS)).willReturn(failure).willSetStateTo("recovered"));
    }

    /** The page in Windows-1252, while the header still claims UTF-8 (its meta tag tells the truth). */
    private static void serveInWrongCharset(WireMockServer server, String slug) {
        String html = new String(SampleSite.bundled().read("www.amazon.science/publications/" + slug + ".html"),
                StandardCharsets.UTF_8).replace("<meta charset=\"UTF-8\"", "<meta charset=\"windows-1252\"");
        server.stubFor(get(urlEqualTo(PAGES + slug)).atPriority(1).withMetadata(Map.of("group", FAULTS))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withBody(html.getBytes(Charset.forName("windows-1252")))));
    }

    private record Expectation(ResponseDefinitionBuilder response, UrlState state, String reasonContains) {
    }
}
