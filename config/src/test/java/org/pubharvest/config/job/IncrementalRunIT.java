package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pubharvest.config.HarvestApplication;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a nightly run costs when nothing changed: the server answers conditional GETs with 304,
 * so the second run downloads no page body, extracts nothing and writes nothing but last_seen_at.
 * Prints the figures that the README quotes (requests with full bodies, bytes, rows written, seconds).
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = HarvestApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:incremental-it;DB_CLOSE_DELAY=-1")
class IncrementalRunIT {

    private static final WireMockServer SITE = startSite();
    private static final HarvestScope SCOPE = new HarvestScope(new TreeSet<>(List.of("publications")), 2021);

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
    void aSecondRunOverAnUnchangedSiteDownloadsNoPageAndWritesOnlyLastSeen() {
        RunCost first = run();
        Map<String, Object> before = jdbc.sql("SELECT MAX(updated_at) AS updated, MAX(last_seen_at) AS seen FROM publication")
                .query().singleRow();

        RunCost second = run();

        System.out.printf("incremental run figures (2021, 20 publication pages):%n  first:  %s%n  second: %s%n", first, second);
        assertThat(first.detailBodies()).isEqualTo(20);
        assertThat(second.detailBodies()).isZero();
        assertThat(second.notModified()).isEqualTo(20);
        assertThat(second.summary()).isEqualTo("discovered=20 loaded=0 unchanged=20 rejected=0 gone=0 failed=0");
        assertThat(second.extractWrites()).isZero();
        Map<String, Object> after = jdbc.sql("SELECT MAX(updated_at) AS updated, MAX(last_seen_at) AS seen FROM publication")
                .query().singleRow();
        assertThat(after.get("UPDATED")).isEqualTo(before.get("UPDATED"));
        assertThat(after.get("SEEN")).isNotEqualTo(before.get("SEEN"));
    }

    private RunCost run() {
        SITE.resetRequests();
        RunReport report = launcher.harvest(SCOPE);
        List<ServeEvent> events = SITE.getAllServeEvents();
        long detailBodies = events.stream().filter(IncrementalRunIT::isDetailPage)
                .filter(event -> event.getResponse().getStatus() == 200).count();
        long notModified = events.stream().filter(event -> event.getResponse().getStatus() == 304).count();
        long bytes = events.stream().mapToLong(event -> event.getResponse().getBody() == null ? 0
                : event.getResponse().getBody().length).sum();
        Map<String, Object> writes = jdbc.sql("""
                        SELECT SUM(CASE WHEN step_name = 'fetch' THEN write_count ELSE 0 END) AS fetch_writes,
                               SUM(CASE WHEN step_name = 'extract' THEN write_count ELSE 0 END) AS extract_writes
                        FROM batch_step_execution WHERE job_execution_id = ?""")
                .param(report.executionId()).query().singleRow();
        return new RunCost(report.summary(), events.size(), detailBodies, notModified, bytes,
                ((Number) writes.get("FETCH_WRITES")).longValue(), ((Number) writes.get("EXTRACT_WRITES")).longValue(),
                report.elapsed().toMillis() / 1000.0);
    }

    private static boolean isDetailPage(ServeEvent event) {
        return event.getRequest().getUrl().startsWith("/www.amazon.science/publications/");
    }

    private static WireMockServer startSite() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        SampleSiteStubs.registerWithRevalidation(server, SampleSite.bundled());
        return server;
    }

    /**
     * @param requests      every request the run made (robots.txt and listing pages included)
     * @param detailBodies  publication pages answered with a full body
     * @param notModified   answers of 304
     * @param bytes         response body bytes received
     * @param fetchWrites   pages the fetch step wrote (archived or revalidated)
     * @param extractWrites records the extract step wrote
     */
    private record RunCost(String summary, long requests, long detailBodies, long notModified, long bytes,
                           long fetchWrites, long extractWrites, double seconds) {
        @Override
        public String toString() {
            return String.format("%d requests, %d full page bodies, %d not-modified, %,d bytes, %d pages archived or "
                    + "revalidated, %d records written, %.2f s (%s)", requests, detailBodies, notModified, bytes, fetchWrites,
                    extractWrites, seconds, summary);
        }
    }
}
