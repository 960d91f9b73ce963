package org.pubharvest.config.publication;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pubharvest.config.HarvestApplication;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A site the project has never seen, added with one YAML file and no Java: its listing is
 * walked, its pages fetched from its own host and read with its selectors and standard metadata.
 */
@ActiveProfiles("sample-site")
@SpringBootTest(classes = HarvestApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:site-yaml-it;DB_CLOSE_DELAY=-1")
class SiteAddedAsYamlIT {

    private static final String PROFILE = """
            # A journal site added without Java.
            name: example-journal
            canonical-base-url: https://journal.example.org
            hosts:
              - journal.example.org
            publication-url: 'https://journal\\\\.example\\\\.org/articles/[a-z-]+'
            publication-listing:
              start-url: https://journal.example.org/articles
              next-page: "a.next"
              detail-link: "ul.articles a"
            publication-selectors:
              title: "h1.article-title"
              authors: ".byline .author"
              date: ".byline time"
            """;
    private static final Path PROFILES = writeProfile();
    private static final WireMockServer SITE = startSite();

    @Autowired
    HarvestLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void site(DynamicPropertyRegistry registry) {
        registry.add("pubharvest.site-profiles-directory", PROFILES::toString);
        registry.add("pubharvest.sites.example-journal.base-url", () -> SITE.baseUrl() + "/journal.example.org");
        registry.add("pubharvest.sites.amazon-science.base-url", () -> SITE.baseUrl() + "/www.amazon.science");
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void aSiteAddedAsYamlIsCrawledAndReadWithItsOwnProfile() {
        RunReport report = launcher.harvest(new HarvestScope(new TreeSet<>(List.of("publications-example-journal")), null));

        assertThat(report.summary()).isEqualTo("discovered=3 loaded=3 unchanged=0 rejected=0 gone=0 failed=0");
        assertThat(jdbc.sql("SELECT url || ' | ' || title || ' | ' || publication_year FROM publication ORDER BY url")
                .query(String.class).list()).containsExactly(
                "https://journal.example.org/articles/alpha | Alpha from citation tags | 2024",
                "https://journal.example.org/articles/beta | Beta from Dublin Core | 2023",
                "https://journal.example.org/articles/gamma | Gamma only in the markup | 2022");
        assertThat(jdbc.sql("""
                        SELECT a.name FROM publication_author pa JOIN author a ON a.id = pa.author_id
                        JOIN publication p ON p.id = pa.publication_id WHERE p.url LIKE '%gamma' ORDER BY pa.author_position""")
                .query(String.class).list()).containsExactly("Grace Hopper", "Alan Turing");
    }

    private static Path writeProfile() {
        try {
            Path directory = Files.createTempDirectory("pubharvest-profiles");
            Files.writeString(directory.resolve("example-journal.yaml"), PROFILE);
            directory.toFile().deleteOnExit();
            directory.resolve("example-journal.yaml").toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WireMockServer startSite() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        String base = "/journal.example.org";
        server.stubFor(get(urlEqualTo(base + "/robots.txt")).willReturn(notFound()));
        server.stubFor(get(urlEqualTo(base + "/articles")).willReturn(ok(page("""
                <ul class="articles"><li><a href="/articles/alpha">Alpha</a></li><li><a href="/articles/beta">Beta</a></li></ul>
                <a class="next" href="/articles?page=2">Next</a>"""))));
        server.stubFor(get(urlEqualTo(base + "/articles?page=2")).willReturn(ok(page("""
                <ul class="articles"><li><a href="https://journal.example.org/articles/gamma">Gamma</a></li></ul>"""))));
        server.stubFor(get(urlEqualTo(base + "/articles/alpha")).willReturn(ok(page("""
                <meta name="citation_title" content="Alpha from citation tags">
                <meta name="citation_author" content="Hopper, Grace"><meta name="citation_date" content="2024/02/01">
                <h1 class="article-title">Alpha (the heading)</h1>"""))));
        server.stubFor(get(urlEqualTo(base + "/articles/beta")).willReturn(ok(page("""
                <meta name="DC.title" content="Beta from Dublin Core"><meta name="DC.date" content="2023-05-06">
                <h1 class="article-title">Beta (the heading)</h1>"""))));
        server.stubFor(get(urlEqualTo(base + "/articles/gamma")).willReturn(ok(page("""
                <h1 class="article-title">Gamma only in the markup</h1>
                <p class="byline"><span class="author">Grace Hopper</span>, <span class="author">Alan Turing</span>,
                <time>March 3, 2022</time></p>"""))));
        return server;
    }

    private static String page(String content) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Example Journal</title></head><body>"
                + content + "</body></html>";
    }
}
