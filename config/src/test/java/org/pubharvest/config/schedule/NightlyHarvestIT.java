package org.pubharvest.config.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.config.HarvestApplication;
import org.pubharvest.config.job.DiscoverySource;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.config.warehouse.WarehousePool;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schedule with a cron that ticks every second against the sample site: a run slower than a
 * tick is never overlapped (the ticks in between are skipped), a run that fails is restarted by
 * the next tick as the same run, and the nightly scope walks only the recent listing pages.
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = HarvestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:nightly-harvest-it;DB_CLOSE_DELAY=-1"})
class NightlyHarvestIT {

    private static final String EVERY_SECOND = "* * * * * *";
    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = startSite();

    @Autowired
    HarvestLauncher launcher;

    @Autowired
    List<DiscoverySource> sources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void siteMirrors(DynamicPropertyRegistry registry) {
        SampleSiteStubs.mirror(registry, SITE);
    }

    private static WireMockServer startSite() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @BeforeEach
    void originalSite() {
        SITE.resetAll();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
    }

    @Test
    void aRunLongerThanATickIsNeverOverlappedAndTheTicksMeanwhileAreSkipped() throws Exception {
        // Careers pages answer slowly: a run takes several seconds, several ticks of this schedule.
        for (SamplePage page : SAMPLE_SITE.pages()) {
            if (page.canonicalUrl().contains("/careers")) {
                SITE.stubFor(get(urlEqualTo(SampleSiteStubs.path(page))).atPriority(1).willReturn(aResponse()
                        .withHeader("Content-Type", page.contentType()).withBody(SAMPLE_SITE.read(page.file()))
                        .withFixedDelay(400)));
            }
        }
        long before = lastExecutionId();
        NightlyHarvest nightly = schedule();
        try {
            nightly.start();
            await(() -> nightly.finishedRuns() >= 2, Duration.ofMinutes(2), "two scheduled runs");
        } finally {
            nightly.stop(Duration.ofMinutes(1));
        }

        assertThat(nightly.skippedTicks()).as("ticks that came while a run was going").isGreaterThanOrEqualTo(2);
        List<Execution> executions = executionsAfter(before);
        assertThat(executions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(executions.get(0).status()).isEqualTo("COMPLETED");
        for (int i = 1; i < executions.size(); i++) {
            assertThat(executions.get(i).start()).as("execution %d starts after the one before ends", i)
                    .isAfterOrEqualTo(executions.get(i - 1).end());
        }
    }

    @Test
    void aFailedRunIsRestartedByTheNextTick() throws Exception {
        StubMapping broken = SITE.stubFor(get(urlEqualTo("/www.amazon.science/publications")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        long before = lastExecutionId();
        NightlyHarvest nightly = schedule();
        try {
            nightly.start();
            await(() -> executionsAfter(before).stream().anyMatch(e -> e.status().equals("FAILED")),
                    Duration.ofMinutes(1), "a failed run");
            SITE.removeStub(broken);
            await(() -> executionsAfter(before).stream().anyMatch(e -> e.status().equals("COMPLETED")),
                    Duration.ofMinutes(2), "a completed run");
        } finally {
            nightly.stop(Duration.ofMinutes(1));
        }

        List<Execution> executions = executionsAfter(before);
        Execution failed = executions.stream().filter(e -> e.status().equals("FAILED")).findFirst().orElseThrow();
        Execution completed = executions.stream().filter(e -> e.status().equals("COMPLETED")).findFirst().orElseThrow();
        assertThat(completed.runId()).as("the completed execution continues the failed run").isEqualTo(failed.runId());
        assertThat(completed.id()).isGreaterThan(failed.id());
        assertThat(jdbc.sql("SELECT status FROM harvest_run WHERE id = ?").param(failed.runId()).query(String.class)
                .single()).isEqualTo("COMPLETED");
    }

    @Test
    void theNightlyScopeWalksOnlyTheRecentListingPages() {
        RunReport report = launcher.harvest(new HarvestScope(new TreeSet<>(List.of("publications")), null));

        assertThat(report.status()).isEqualTo(BatchStatus.COMPLETED);
        // pubharvest.harvest.recent-listing-pages defaults to 3; the sample listing has 4 pages.
        SITE.verify(1, getRequestedFor(urlEqualTo("/www.amazon.science/publications?p=3")));
        SITE.verify(0, getRequestedFor(urlEqualTo("/www.amazon.science/publications?p=4")));
    }

    private NightlyHarvest schedule() {
        return new NightlyHarvest(launcher, ScheduleConfiguration.nightlyScope(sources), EVERY_SECOND, report -> { },
                new WarehousePool(dataSource));
    }

    private record Execution(long id, long runId, String status, LocalDateTime start, LocalDateTime end) {
    }

    private List<Execution> executionsAfter(long executionId) {
        return jdbc.sql("""
                        SELECT job_execution_id, job_instance_id, status, start_time, end_time FROM batch_job_execution
                        WHERE job_execution_id > ? ORDER BY job_execution_id""")
                .param(executionId)
                .query((rs, row) -> new Execution(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class)))
                .list();
    }

    private long lastExecutionId() {
        return jdbc.sql("SELECT COALESCE(MAX(job_execution_id), 0) FROM batch_job_execution").query(Long.class).single();
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
