package org.pubharvest.config.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SampleSite;

/**
 * {@code serve} as a service manager runs it: the real jar with a schedule that ticks every two
 * seconds against the sample site; health and Spring Batch's metrics answer on the management
 * port on loopback, and SIGTERM ends it with 143.
 */
class ServeIT {

    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path directory;

    @BeforeAll
    static void startSite() {
        SITE.start();
        SampleSiteStubs.register(SITE, SampleSite.bundled());
        // One publication page without a title or anything else of a record: a reject, for its metric.
        SITE.stubFor(get(urlEqualTo("/www.amazon.science/publications/probabilistic-forecasting-a-level-set-approach"))
                .atPriority(0).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withBody("<html><body><p>Moved to the archive.</p></body></html>")));
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void servesHealthBatchMetricsAndAPrometheusScrapeOnTheManagementPortAndStopsOnSigterm() throws Exception {
        int port = freePort();
        HarvestProcess serve = HarvestProcess.start(directory.resolve("serve.log"), List.of("serve",
                "--pubharvest.schedule.cron=*/2 * * * * *", "--management.server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("warehouse"),
                "--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE),
                "--pubharvest.sites.amazon-jobs.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_JOBS),
                "--pubharvest.sites.amazon-jobs.base-url=" + SampleSiteStubs.baseUrl(SITE, "www.amazon.jobs"),
                "--pubharvest.fetch.min-delay=0", "--pubharvest.fetch.max-crawl-delay=0"));

        serve.awaitWhileRunning(() -> serve.logContains("scheduled run finished"), Duration.ofMinutes(2),
                "a scheduled run");
        assertThat(serve.log()).contains("serve: nightly harvest on '*/2 * * * * *'; health and metrics at http://127.0.0.1:"
                + port + "/actuator", "COMPLETED");

        HttpResponse<String> health = fetch(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> jobMetric = fetch(port, "/actuator/metrics/spring.batch.job");
        assertThat(jobMetric.statusCode()).as(jobMetric.body()).isEqualTo(200);
        assertThat(jobMetric.body()).contains("\"COUNT\"", "spring.batch.job.status");
        assertThat(fetch(port, "/actuator/metrics/spring.batch.step").statusCode()).isEqualTo(200);

        HttpResponse<String> report = fetch(port, "/report?runs=5");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(report.body()).contains("pubharvest: the morning report", "<svg", "COMPLETED");
        assertThat(fetch(port, "/report?runs=none").statusCode()).isEqualTo(400);

        HttpResponse<String> scrape = fetch(port, "/actuator/prometheus");
        assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
        Set<String> scraped = MonitoringFiles.sampleNames(scrape.body());
        assertThat(scrape.body()).contains("pubharvest_http_requests_total{host=\"www.amazon.science\",status=\"200\"}",
                "pubharvest_rejects_total{reason=",
                "pubharvest_runs_total{outcome=\"completed\"}", "pubharvest_records_loaded_total{kind=\"publication\"}",
                "pubharvest_run_last_completed_timestamp_seconds{source=\"publications\"}");
        assertThat(MonitoringFiles.metricsNamedInAlerts()).as("the metrics docs/monitoring/alerts.yaml names")
                .isNotEmpty().allSatisfy(metric -> assertThat(scraped).as("a scrape of serve").contains(metric));
        assertThat(MonitoringFiles.metricsNamedInDashboard()).as("the metrics the Grafana dashboard names")
                .isNotEmpty().allSatisfy(metric -> assertThat(scraped).as("a scrape of serve").contains(metric));

        assertThat(serve.terminate(Duration.ofSeconds(60))).as(serve.log()).isEqualTo(143);
        assertThat(serve.log()).contains("stop requested");
    }

    private static HttpResponse<String> fetch(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
