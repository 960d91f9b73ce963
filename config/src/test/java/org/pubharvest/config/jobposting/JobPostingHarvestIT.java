package org.pubharvest.config.jobposting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pubharvest.config.HarvestApplication;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job postings end to end over HTTP: the careers listing and the amazon.jobs detail pages of
 * the sample site served by WireMock, a real H2 warehouse. A run loads every posting; a run
 * after two postings left the listing closes them; a run after one came back reopens it; a
 * failed run and a partial run close nothing.
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = HarvestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:job-posting-harvest-it;DB_CLOSE_DELAY=-1"})
class JobPostingHarvestIT {

    private static final String CAREERS_PAGE_3 = "/www.amazon.science/careers?p=3";
    private static final HarvestScope JOBS = new HarvestScope(new TreeSet<>(List.of("jobs")), null);
    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = startSite();

    @Autowired
    HarvestLauncher launcher;

    @Autowired
    JdbcClient jdbc;

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
    void emptyWarehouseAndOriginalSite() {
        for (String table : List.of("job_posting_event", "job_posting_page", "job_posting", "page", "reject", "frontier",
                "harvest_run")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        SITE.resetAll();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
    }

    @Test
    void aRunLoadsOnePostingPerJobMatchingTheAnswerKey() {
        RunReport report = launcher.harvest(JOBS);

        // 5 listing pages, 62 detail links (8 of which amazon.jobs no longer has: 404).
        assertThat(report.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(report.summary()).isEqualTo("discovered=67 loaded=59 unchanged=0 rejected=0 gone=8 failed=0");
        List<JsonNode> expected = answerKey();
        assertThat(jdbc.sql("SELECT job_id FROM job_posting ORDER BY job_id").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> e.get("jobId").asString()).toList());
        for (JsonNode posting : expected) {
            Map<String, Object> row = jdbc.sql("""
                            SELECT url, title, company, team, country, region, city, CAST(posted_on AS VARCHAR(10)) AS posted,
                                   description_truncated, closed_at FROM job_posting WHERE job_id = ?""")
                    .param(posting.get("jobId").asString()).query().singleRow();
            assertThat(row).containsEntry("URL", posting.get("url").asString())
                    .containsEntry("TITLE", posting.get("title").asString())
                    .containsEntry("COMPANY", text(posting, "company"))
                    .containsEntry("TEAM", text(posting, "team"))
                    .containsEntry("COUNTRY", text(posting, "country"))
                    .containsEntry("REGION", text(posting, "region"))
                    .containsEntry("CITY", text(posting, "city"))
                    .containsEntry("POSTED", text(posting, "postedDate"))
                    .containsEntry("DESCRIPTION_TRUNCATED", posting.get("truncated").asBoolean())
                    .containsEntry("CLOSED_AT", null);
        }
        assertThat(count("SELECT COUNT(*) FROM job_posting_event WHERE event = 'OPENED'")).isEqualTo(62);
        assertThat(count("SELECT SUM(open_postings) FROM open_job_postings_by_team")).isEqualTo(62);
    }

    @Test
    void aSecondRunFindsEveryPageUnchangedAndChangesNoPosting() {
        launcher.harvest(JOBS);
        List<Map<String, Object>> before = postingsWithoutSeenTimes();

        RunReport second = launcher.harvest(JOBS);

        assertThat(second.summary()).isEqualTo("discovered=67 loaded=0 unchanged=59 rejected=0 gone=8 failed=0");
        assertThat(postingsWithoutSeenTimes()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM job_posting WHERE closed_at IS NOT NULL")).isZero();
    }

    @Test
    void postingsThatLeaveTheListingAreClosedAndOneThatComesBackIsReopened() {
        launcher.harvest(JOBS);
        List<String> gone = firstJobIdsOnCareersPage3(2);

        serveCareersPage3Without(gone);
        RunReport second = launcher.harvest(JOBS);

        assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(closedJobIds()).containsExactlyElementsOf(gone.stream().sorted().toList());
        assertThat(count("SELECT COUNT(*) FROM job_posting_event WHERE event = 'CLOSED'")).isEqualTo(2);
        assertThat(count("SELECT SUM(closed) FROM job_postings_per_week")).isEqualTo(2);

        serveCareersPage3Without(gone.subList(0, 1));
        RunReport third = launcher.harvest(JOBS);

        assertThat(third.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(closedJobIds()).containsExactly(gone.get(0));
        assertThat(jdbc.sql("SELECT job_id FROM job_posting_event WHERE event = 'REOPENED'").query(String.class).list())
                .containsExactly(gone.get(1));
        assertThat(count("SELECT SUM(open_postings) FROM open_job_postings_by_location")).isEqualTo(61);
    }

    @Test
    void aFailedRunClosesNothingAndItsRestartDoes() {
        launcher.harvest(JOBS);
        List<String> gone = firstJobIdsOnCareersPage3(2);
        serveCareersPage3Without(gone);
        SITE.stubFor(get(urlEqualTo("/www.amazon.science/careers?p=2")).willReturn(aResponse().withStatus(503)));

        RunReport failed = launcher.harvest(JOBS);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(closedJobIds()).isEmpty();

        SITE.resetAll();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
        serveCareersPage3Without(gone);
        RunReport restarted = launcher.harvest(JOBS);

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(closedJobIds()).containsExactlyElementsOf(gone.stream().sorted().toList());
    }

    @Test
    void aRunThatCouldNotFetchAJobPageIsPartialAndClosesNothing() {
        launcher.harvest(JOBS);
        List<String> gone = firstJobIdsOnCareersPage3(2);
        serveCareersPage3Without(gone);
        String detailPath = jdbc.sql("SELECT url FROM job_posting WHERE from_detail_page AND job_id NOT IN (?, ?) ORDER BY job_id")
                .params(gone.get(0), gone.get(1)).query(String.class).list().get(0)
                .replace("https://www.amazon.jobs", "/www.amazon.jobs");
        SITE.stubFor(get(urlEqualTo(detailPath)).willReturn(aResponse().withStatus(500)));

        RunReport partial = launcher.harvest(JOBS);

        assertThat(partial.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(partial.summary()).endsWith("failed=1");
        assertThat(closedJobIds()).isEmpty();
    }

    private List<String> firstJobIdsOnCareersPage3(int how) {
        return jdbc.sql("""
                        SELECT p.job_id FROM job_posting_page p WHERE p.page_url = 'https://www.amazon.science/careers?p=3'
                        ORDER BY p.job_id""").query(String.class).list().subList(0, how);
    }

    /** Careers page 3 as the sample site has it, less the cards of the given postings. */
    private void serveCareersPage3Without(List<String> jobIds) {
        String file = SAMPLE_SITE.pages().stream().filter(page -> SampleSiteStubs.path(page).equals(CAREERS_PAGE_3))
                .findFirst().orElseThrow().file();
        Document page = Jsoup.parse(new String(SAMPLE_SITE.read(file), StandardCharsets.UTF_8));
        for (Element card : page.select(".JobCard")) {
            String href = card.selectFirst("a.JobCard-title").attr("href");
            if (jobIds.stream().anyMatch(id -> href.contains("/jobs/" + id + "/"))) {
                card.remove();
            }
        }
        SITE.stubFor(get(urlEqualTo(CAREERS_PAGE_3)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(page.outerHtml())));
    }

    private List<String> closedJobIds() {
        return jdbc.sql("SELECT job_id FROM job_posting WHERE closed_at IS NOT NULL ORDER BY job_id").query(String.class).list();
    }

    private List<Map<String, Object>> postingsWithoutSeenTimes() {
        return jdbc.sql("SELECT * FROM job_posting ORDER BY job_id").query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> copy = new java.util.TreeMap<>(row);
                    copy.remove("LAST_SEEN_AT");
                    return (Map<String, Object>) copy;
                }).toList();
    }

    private int count(String sql) {
        Number value = jdbc.sql(sql).query(Number.class).single();
        return value == null ? 0 : value.intValue();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<JsonNode> answerKey() {
        String jsonl = new String(SAMPLE_SITE.read("expected/jobs.jsonl"), StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        return jsonl.lines().filter(line -> !line.isBlank()).map(json::readTree).toList();
    }
}
