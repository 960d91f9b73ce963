package org.pubharvest.config.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.pubharvest.ingest.fetch.ContentHash;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;

/**
 * Serves the bundled sample site from a real WireMock server, each host under its own path
 * prefix, the way the demo's server does: {@code /www.amazon.science/publications?p=2}.
 */
public final class SampleSiteStubs {

    public static final String AMAZON_SCIENCE = "www.amazon.science";

    private SampleSiteStubs() {
    }

    public static void register(WireMockServer server, SampleSite site) {
        for (SamplePage page : site.pages()) {
            byte[] body = site.read(page.file());
            server.stubFor(get(urlEqualTo(path(page)))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", page.contentType())
                            .withHeader("ETag", '"' + ContentHash.of(body).substring(0, 16) + '"')
                            .withBody(body)));
        }
    }

    /** Where WireMock serves a sample page. */
    public static String path(SamplePage page) {
        return "/" + page.host() + page.pathAndQuery();
    }

    public static String baseUrl(WireMockServer server, String host) {
        return server.baseUrl() + "/" + host;
    }
}
