package org.pubharvest.config.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pubharvest.config.HarvestApplication;
import org.pubharvest.config.support.MovableClock;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.ingest.samplesite.SamplePage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the site itself says overrides the schedule's guess: the sample site's robots.txt names a sitemap
 * index whose sitemaps date each publication ({@code lastmod}), and its listings show each publication's
 * authors and venue. A page whose sitemap date moves past its stored fetch is due at once; pages the
 * schedule holds due are left alone when their sitemap dates are older than their fetch; a page whose
 * listing entry changes is due at once even though its sitemap date says otherwise.
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = {HarvestApplication.class, SitemapAndTeaserIT.TestClock.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:sitemap-teaser-it;DB_CLOSE_DELAY=-1",
        "pubharvest.schedule.min-revisit-interval=1d", "pubharvest.schedule.max-revisit-interval=30d",
        "pubharvest.schedule.sitemaps=true", "spring.main.allow-bean-definition-overriding=true"})
class SitemapAndTeaserIT {

    private static final Instant START = Instant.parse("2026-11-02T02:00:00Z");
    private static final MovableClock NOW = new MovableClock(START);
    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());
    private static final String SITEMAP = "/www.amazon.science/sitemap-publications.xml";

    static {
        SITE.start();
        SampleSiteStubs.registerWithRevalidation(SITE, SAMPLE_SITE);
    }

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
    void sitemapDatesAndChangedListingEntriesDecideBeforeTheSchedule() {
        HarvestScope scope = new HarvestScope(new TreeSet<>(List.of("publications")), 2021);
        launcher.harvest(scope);
        long publications = publicationUrlsRequested().size();
        assertThat(publications).isPositive();

        // Two hours on, the schedule trusts every copy; the site edits one page and dates the edit in its sitemap.
        SamplePage edited = publicationPage("carbon-aware-scheduling-of-batch-workloads-across-cloud-regions");
        String title = titleOf(edited);
        serve(SampleSiteStubs.path(edited), edited.contentType(), text(edited).replace(title, "Revised: " + title));
        SamplePage sitemap = SAMPLE_SITE.pages().stream().filter(page -> SampleSiteStubs.path(page).equals(SITEMAP))
                .findFirst().orElseThrow();
        String sitemapXml = text(sitemap);
        String entry = "<loc>" + edited.canonicalUrl() + "</loc>\n    <lastmod>";
        assertThat(sitemapXml).contains(entry);
        int dateStart = sitemapXml.indexOf(entry) + entry.length();
        serve(SITEMAP, sitemap.contentType(), sitemapXml.substring(0, dateStart) + "2026-11-02T03:30:00Z"
                + sitemapXml.substring(sitemapXml.indexOf("</lastmod>", dateStart)));
        SITE.resetRequests();
        NOW.set(START.plus(Duration.ofHours(2)));
        launcher.harvest(scope);
        assertThat(publicationUrlsRequested()).as("the page dated after its fetch, and only it")
                .containsExactly(SampleSiteStubs.path(edited));
        assertThat(titleOf(edited)).startsWith("Revised: ");

        // Three days on the schedule holds every page due, but their sitemap dates are older than their fetches.
        SITE.resetRequests();
        NOW.set(START.plus(Duration.ofDays(3)));
        launcher.harvest(scope);
        assertThat(publicationUrlsRequested()).as("nothing the sitemap dates before its fetch").isEmpty();
        assertThat(requestsTo("/www.amazon.science/sitemap.xml")).as("the sitemap index, once a run").isEqualTo(1);

        // The listing now shows another author for one publication: news about that page, whatever its sitemap date.
        SamplePage listing = SAMPLE_SITE.pages().stream().filter(page -> page.file().endsWith("listing-2021-p1.html"))
                .findFirst().orElseThrow();
        String listingHtml = text(listing);
        String authors = "Belinda Zeng, Trishul Chilimbi</div>";
        assertThat(listingHtml).containsOnlyOnce(authors);
        serve(SampleSiteStubs.path(listing), listing.contentType(),
                listingHtml.replace(authors, "Belinda Zeng, Trishul Chilimbi, A. N. Other</div>"));
        SITE.resetRequests();
        NOW.set(START.plus(Duration.ofDays(3).plusHours(1)));
        launcher.harvest(scope);
        assertThat(publicationUrlsRequested()).containsExactly(
                "/www.amazon.science/publications/ctr-bert-cost-effective-knowledge-distillation-for-billion-parameter-teacher-models");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM frontier WHERE teaser_changed").query(Integer.class).single())
                .as("seen to by the fetch").isZero();
    }

    private SamplePage publicationPage(String slug) {
        return SAMPLE_SITE.pages().stream()
                .filter(page -> page.canonicalUrl().equals("https://www.amazon.science/publications/" + slug))
                .findFirst().orElseThrow();
    }

    private String titleOf(SamplePage page) {
        return jdbc.sql("SELECT title FROM publication WHERE url = ?").param(page.canonicalUrl()).query(String.class).single();
    }

    private static String text(SamplePage page) {
        return new String(SAMPLE_SITE.read(page.file()), StandardCharsets.UTF_8);
    }

    /** Serves a new version of a page, ahead of the sample site's stubs (and their 304s). */
    private static void serve(String path, String contentType, String body) {
        SITE.stubFor(get(urlEqualTo(path)).atPriority(0).willReturn(aResponse()
                .withHeader("Content-Type", contentType).withHeader("ETag", "\"v" + body.hashCode() + "\"").withBody(body)));
    }

    private static long requestsTo(String path) {
        return SITE.getAllServeEvents().stream().filter(event -> event.getRequest().getUrl().equals(path)).count();
    }

    private static List<String> publicationUrlsRequested() {
        return SITE.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .filter(url -> url.startsWith("/www.amazon.science/publications/")).sorted().toList();
    }

    /** The application's clock, moved by the test. */
    @TestConfiguration
    static class TestClock {

        @Bean
        @Primary
        Clock clock() {
            return NOW;
        }
    }
}
