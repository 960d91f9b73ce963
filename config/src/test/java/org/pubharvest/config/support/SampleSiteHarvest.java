package org.pubharvest.config.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that harvest the bundled sample site over HTTP: one real WireMock
 * server serves it, and the application fetches Amazon Science from there.
 */
public abstract class SampleSiteHarvest {

    protected static final WireMockServer SITE = startSite();

    /** Every warehouse table, children first, so that emptying them in this order breaks no reference. */
    private static final List<String> TABLES = List.of("job_posting_event", "job_posting_page", "job_posting",
            "ranking", "blog_post_person", "blog_post",
            "publication_research_area", "publication_author", "publication", "venue_alias", "venue", "author",
            "research_area", "page", "reject", "frontier", "extract_page_fill", "run_field_fill", "harvest_run");

    @DynamicPropertySource
    static void siteMirror(DynamicPropertyRegistry registry) {
        SampleSiteStubs.mirror(registry, SITE);
    }

    private static WireMockServer startSite() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        SampleSiteStubs.register(server, SampleSite.bundled());
        // One server for every test class of the run (their Spring contexts may be cached), stopped with the JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    protected static void emptyWarehouse(JdbcClient jdbc) {
        TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
        SITE.resetRequests();
    }
}
