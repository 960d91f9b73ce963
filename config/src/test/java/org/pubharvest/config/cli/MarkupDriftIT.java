package org.pubharvest.config.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Markup drift as the data team meets it the morning after: the sample site's 2021 publications
 * harvested once, then served with the abstract's section stripped of its class and heading and gone
 * from every metadata form that carried it, and harvested again. The second run says so, `status`
 * shows it, and the exit code is 3; the run after the site is fixed, whose fill rises again, does not.
 * Careers listing pages whose cards lost their markup and link through a tracking redirect instead of
 * to the job pages are drift in the kind's very first run. (A renamed class alone is no drift: the
 * extractor finds an abstract under its heading and a card by its job link, whatever the classes.)
 */
class MarkupDriftIT {

    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());

    static {
        SITE.start();
    }

    private String database;

    @BeforeEach
    void freshWarehouseAndSite(TestInfo test) {
        database = "jdbc:h2:mem:drift-" + test.getTestMethod().orElseThrow().getName() + ";DB_CLOSE_DELAY=-1";
        SITE.resetAll();
        SampleSiteStubs.register(SITE, SAMPLE_SITE);
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void pagesThatLostTheirAbstractMarkupMakeTheNextRunReportDriftInItsReportAndStatusAndExitThree() {
        CliRun first = run("harvest", "--year=2021", "--what=publications");
        assertThat(first.exit()).as(first.out() + first.err()).isEqualTo(Cli.OK);
        assertThat(first.out()).as("a kind's first run has nothing to compare with").doesNotContain("drift");
        Map<String, Object> abstracts = jdbc().sql("SELECT COUNT(abstract) AS filled, COUNT(*) AS records FROM publication")
                .query().singleRow();
        double before = ((Number) abstracts.get("FILLED")).doubleValue() / ((Number) abstracts.get("RECORDS")).doubleValue();
        assertThat(before).as("the sample site's 2021 pages mostly have an abstract").isGreaterThan(0.5);
        assertThat(count("SELECT records FROM run_field_fill WHERE kind = 'publication' AND field = 'abstract'"))
                .isEqualTo(((Number) abstracts.get("RECORDS")).longValue());

        List<StubMapping> changed = serveWithoutAbstracts(publicationPagesOf(2021));
        CliRun second = run("harvest", "--year=2021", "--what=publications");

        String expected = String.format(Locale.ROOT, "drift: publication.abstract fill %.2f -> 0.00 over the last run", before);
        assertThat(second.exit()).as(second.out() + second.err()).isEqualTo(Cli.COMPLETED_WITH_WARNINGS);
        assertThat(driftLines(second.out())).as("only the field whose markup went").containsExactly(expected);
        assertThat(second.out()).contains("COMPLETED", "rejected=0");
        assertThat(count("SELECT COUNT(*) FROM publication WHERE abstract IS NOT NULL")).isZero();
        long secondRun = count("SELECT MAX(id) FROM harvest_run");
        assertThat(jdbc().sql("SELECT drift FROM harvest_run WHERE id = ?").param(secondRun).query(String.class).single())
                .isEqualTo(expected);
        assertThat(count("SELECT COUNT(*) FROM extract_page_fill")).as("per-page counts are summed, then dropped").isZero();

        CliRun status = run("status");
        assertThat(status.exit()).isEqualTo(Cli.OK);
        assertThat(status.out()).containsSubsequence("run " + secondRun + "  sources=publications year=2021  COMPLETED",
                "  " + expected + "\n", "  discover", "run " + (secondRun - 1) + "  ");
        assertThat(driftLines(status.out())).hasSize(1);
        CliRun oneRun = run("status", Long.toString(secondRun));
        assertThat(oneRun.out()).contains("  " + expected + "\n");

        changed.forEach(SITE::removeStub);
        CliRun fixed = run("harvest", "--year=2021", "--what=publications");
        assertThat(fixed.exit()).as("fill rose again: " + fixed.out()).isEqualTo(Cli.OK);
        assertThat(fixed.out()).doesNotContain("drift");
        assertThat(count("SELECT COUNT(*) FROM publication WHERE abstract IS NOT NULL"))
                .isEqualTo(((Number) abstracts.get("FILLED")).longValue());
    }

    @Test
    void aTighterThresholdOrAHigherMinimumIsTheOperatorsToSet() {
        assertThat(run("harvest", "--year=2021", "--what=publications").exit()).isEqualTo(Cli.OK);
        serveWithoutAbstracts(publicationPagesOf(2021));

        CliRun tooFewRecords = run("harvest", "--year=2021", "--what=publications",
                "--pubharvest.harvest.drift-min-records=1000");
        assertThat(tooFewRecords.exit()).as(tooFewRecords.out()).isEqualTo(Cli.OK);
        assertThat(tooFewRecords.out()).doesNotContain("drift");
    }

    @Test
    void careersListingPagesWithoutCardsAreDriftEvenInTheKindsFirstRun() {
        List<SamplePage> listingPages = SAMPLE_SITE.pages().stream()
                .filter(page -> page.canonicalUrl().startsWith("https://www.amazon.science/careers")).toList();
        assertThat(listingPages).hasSize(5);
        for (SamplePage page : listingPages) {
            String html = new String(SAMPLE_SITE.read(page.file()), StandardCharsets.UTF_8);
            SITE.stubFor(get(urlEqualTo(SampleSiteStubs.path(page))).atPriority(1).willReturn(aResponse()
                    .withHeader("Content-Type", page.contentType()).withBody(html.replace("JobCard", "PositionTile")
                    .replace("href=\"https://www.amazon.jobs/", "href=\"https://click.example.net/r?to=www.amazon.jobs/"))));
        }

        CliRun harvest = run("harvest", "--what=jobs");

        assertThat(harvest.exit()).as(harvest.out() + harvest.err()).isEqualTo(Cli.COMPLETED_WITH_WARNINGS);
        assertThat(driftLines(harvest.out())).containsExactly("drift: job-listing gave no items on the 5 pages extracted");
        assertThat(harvest.out()).contains("COMPLETED", "warning: the run rejected 5 of 5 urls");
    }

    /**
     * Takes the abstract section's heading away and renames its class and every metadata form that
     * carries one: the text is still on the page, but nothing says it is the abstract any more.
     */
    private static String withoutAbstract(String html) {
        return html.replaceAll("<h2 class=\"PublicationPage-abstract-heading\">\\s*Abstract\\s*</h2>", "")
                .replace("PublicationPage-abstract", "PublicationPage-summary")
                .replace("\"abstract\"", "\"summary\"")
                .replace("\"description\"", "\"summaryText\"")
                .replaceAll("(?i)citation_abstract", "citation_summary")
                .replaceAll("(?i)(DC|DCTERMS)\\.(abstract|description)", "$1.summary");
    }

    private static List<StubMapping> serveWithoutAbstracts(List<SamplePage> pages) {
        List<StubMapping> stubs = new ArrayList<>();
        for (SamplePage page : pages) {
            String html = new String(SAMPLE_SITE.read(page.file()), StandardCharsets.UTF_8);
            assertThat(withoutAbstract(html)).as(page.file()).isNotEqualTo(html);
            stubs.add(SITE.stubFor(get(urlEqualTo(SampleSiteStubs.path(page))).atPriority(1)
                    .willReturn(aResponse().withHeader("Content-Type", page.contentType()).withBody(withoutAbstract(html)))));
        }
        return stubs;
    }

    private static List<SamplePage> publicationPagesOf(int year) {
        String jsonl = new String(SAMPLE_SITE.read("expected/publications.jsonl"), StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        Set<String> urls = jsonl.lines().filter(line -> !line.isBlank()).map(json::readTree)
                .filter(node -> node.get("year").asInt() == year).map(node -> node.get("url").asString())
                .collect(Collectors.toSet());
        List<SamplePage> pages = SAMPLE_SITE.pages().stream().filter(page -> urls.contains(page.canonicalUrl())).toList();
        assertThat(pages).hasSize(urls.size());
        return pages;
    }

    private static List<String> driftLines(String printed) {
        return printed.lines().map(String::strip).filter(line -> line.startsWith("drift:")).toList();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=" + database);
        all.add("--spring.profiles.active=sample-site");
        all.add("--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE));
        all.add("--pubharvest.sites.amazon-jobs.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_JOBS));
        return CliRun.of(all.toArray(String[]::new));
    }

    private long count(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(database, H2Owner.USER, H2Owner.password(database)));
    }
}
