package org.pubharvest.config.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Duration;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.pubharvest.ingest.fetch.ContentHash;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;

/**
 * Serves the bundled sample site from a real WireMock server, each host under its own path
 * prefix, the way the demo's server does: {@code /www.amazon.science/publications?p=2}.
 */
public final class SampleSiteStubs {

    public static final String AMAZON_SCIENCE = "www.amazon.science";
    public static final String AMAZON_JOBS = "www.amazon.jobs";

    private SampleSiteStubs() {
    }

    public static void register(WireMockServer server, SampleSite site) {
        for (SamplePage page : site.pages()) {
            byte[] body = site.read(page.file());
            server.stubFor(get(urlEqualTo(path(page)))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", page.contentType())
                            .withHeader("ETag", etag(body))
                            .withBody(body)));
        }
    }

    /** Also answers a conditional GET whose If-None-Match names the current ETag with 304, as real servers do. */
    public static void registerWithRevalidation(WireMockServer server, SampleSite site) {
        register(server, site);
        for (SamplePage page : site.pages()) {
            server.stubFor(get(urlEqualTo(path(page))).atPriority(1)
                    .withHeader("If-None-Match", equalTo(etag(site.read(page.file()))))
                    .willReturn(aResponse().withStatus(304).withHeader("ETag", etag(site.read(page.file())))));
        }
    }

    /**
     * The chosen pages answer only after a fixed delay (otherwise as {@link #register} answers), before any
     * other stub: a test then has time to act in the middle of a step.
     */
    public static void slowDown(WireMockServer server, SampleSite site, Predicate<SamplePage> which, Duration delay) {
        for (SamplePage page : site.pages()) {
            if (which.test(page)) {
                byte[] body = site.read(page.file());
                server.stubFor(get(urlEqualTo(path(page))).atPriority(1).willReturn(aResponse()
                        .withHeader("Content-Type", page.contentType()).withHeader("ETag", etag(body)).withBody(body)
                        .withFixedDelay((int) delay.toMillis())));
            }
        }
    }

    /** Every page at full speed again (the requests received so far are kept): for the runs a test does not act in. */
    public static void fullSpeed(WireMockServer server, SampleSite site) {
        server.resetMappings();
        register(server, site);
    }

    /** Publication pages, not their listing: what the fetch step spends its time on. */
    public static boolean isPublicationPage(SamplePage page) {
        return page.canonicalUrl().contains("/publications/");
    }

    private static String etag(byte[] body) {
        return '"' + ContentHash.of(body).substring(0, 16) + '"';
    }

    /** Where WireMock serves a sample page. */
    public static String path(SamplePage page) {
        return "/" + page.host() + page.pathAndQuery();
    }

    /** Points both sample sites (Amazon Science and amazon.jobs) at the server. */
    public static void mirror(DynamicPropertyRegistry registry, WireMockServer server) {
        registry.add("pubharvest.sites.amazon-science.base-url", () -> baseUrl(server, AMAZON_SCIENCE));
        registry.add("pubharvest.sites.amazon-jobs.base-url", () -> baseUrl(server, AMAZON_JOBS));
    }

    public static String baseUrl(WireMockServer server, String host) {
        return server.baseUrl() + "/" + host;
    }
}
