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
 * The adaptive revisit schedule with its defaults (one day to thirty, x1.5 unchanged, x0.5 changed) over
 * the sample site, with a clock the test moves: a second run the same night sends no request for a
 * publication page; a page changed on the site is picked up once its interval has passed; after that
 * visit only the changed page, whose interval did not grow, is due; {@code --full} fetches them all.
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = {HarvestApplication.class, RevisitScheduleIT.TestClock.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:revisit-schedule-it;DB_CLOSE_DELAY=-1",
        "pubharvest.schedule.min-revisit-interval=1d", "pubharvest.schedule.max-revisit-interval=30d",
        "spring.main.allow-bean-definition-overriding=true"})
class RevisitScheduleIT {

    private static final Instant START = Instant.parse("2026-11-02T02:00:00Z");
    private static final MovableClock NOW = new MovableClock(START);
    private static final SampleSite SAMPLE_SITE = SampleSite.bundled();
    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());

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
    void unchangedPagesAreNotFetchedUntilTheirIntervalHasPassedAndAChangedOneIsPickedUpWithinIt() {
        HarvestScope scope = new HarvestScope(new TreeSet<>(List.of("publications")), 2021);
        RunReport cold = launcher.harvest(scope);
        long publications = publicationRequests();
        assertThat(publications).isPositive();
        assertThat(cold.summary()).contains("loaded=" + publications);

        SITE.resetRequests();
        NOW.set(START.plus(Duration.ofHours(2)));
        RunReport sameNight = launcher.harvest(scope);
        assertThat(publicationRequests()).as("no publication page is due two hours later").isZero();
        assertThat(sameNight.summary()).contains("unchanged=" + publications);

        SamplePage changed = SAMPLE_SITE.pages().stream().filter(SampleSiteStubs::isPublicationPage)
                .findFirst().orElseThrow();
        String title = jdbc.sql("SELECT title FROM publication WHERE url = ?").param(changed.canonicalUrl())
                .query(String.class).single();
        String edited = new String(SAMPLE_SITE.read(changed.file()), StandardCharsets.UTF_8).replace(title, "Revised: " + title);
        SITE.stubFor(get(urlEqualTo(SampleSiteStubs.path(changed))).atPriority(0).willReturn(aResponse()
                .withHeader("Content-Type", changed.contentType()).withHeader("ETag", "\"revised\"").withBody(edited)));
        SITE.resetRequests();
        NOW.set(START.plus(Duration.ofHours(25)));
        launcher.harvest(scope);
        assertThat(publicationRequests()).as("every page is due after a day").isEqualTo(publications);
        assertThat(jdbc.sql("SELECT title FROM publication WHERE url = ?").param(changed.canonicalUrl())
                .query(String.class).single()).as("the change picked up").startsWith("Revised: ");

        // Unchanged pages now wait a day and a half; the changed one only a day.
        SITE.resetRequests();
        NOW.set(START.plus(Duration.ofHours(25 + 26)));
        launcher.harvest(scope);
        assertThat(publicationUrlsRequested()).containsExactly(SampleSiteStubs.path(changed));

        SITE.resetRequests();
        launcher.harvest(scope, true);
        assertThat(publicationRequests()).as("--full fetches every url").isEqualTo(publications);
    }

    private static long publicationRequests() {
        return publicationUrlsRequested().size();
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
