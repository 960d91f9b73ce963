package org.pubharvest.config.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.SampleSiteStubs;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.pubharvest.config.warehouse.ArchiveDirectory;
import org.pubharvest.ingest.fetch.FetchedPage;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.page.WarcFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code reprocess} as an operator runs it after a profile fix: the sample site's 2021 publications
 * harvested over HTTP, then four stored pages made to extract differently than the warehouse holds
 * them (a row lost, a field gone stale, a page marked rejected, a stored body broken); reprocess
 * repairs the first three and rejects the fourth, prints those counts, and sends no request at all.
 */
class ReprocessIT {

    private static final WireMockServer SITE = new WireMockServer(options().dynamicPort());

    static {
        SITE.start();
    }

    private String database;

    @BeforeEach
    void freshWarehouseAndSite(TestInfo test) {
        database = "jdbc:h2:mem:reprocess-" + test.getTestMethod().orElseThrow().getName() + ";DB_CLOSE_DELAY=-1";
        SITE.resetAll();
        SampleSiteStubs.register(SITE, SampleSite.bundled());
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void storedPagesAreExtractedAgainIntoTheWarehouseWithWhatChangedCountedAndNothingFetched() {
        CliRun harvest = run("harvest", "--year=2021", "--what=publications");
        assertThat(harvest.exit()).as(harvest.out() + harvest.err()).isEqualTo(Cli.OK);
        Map<String, List<String>> harvested = WarehouseSnapshot.of(jdbc());
        long runId = count("SELECT MAX(id) FROM harvest_run");
        List<String> urls = jdbc().sql("SELECT url FROM publication ORDER BY url").query(String.class).list();
        assertThat(urls).hasSize(20);
        String lost = urls.get(0);
        String stale = urls.get(1);
        String markedRejected = urls.get(2);
        String broken = urls.get(3);
        jdbc().sql("DELETE FROM publication WHERE url = ?").param(lost).update();
        jdbc().sql("UPDATE publication SET abstract = 'stale' WHERE url = ?").param(stale).update();
        jdbc().sql("DELETE FROM publication WHERE url = ?").param(markedRejected).update();
        jdbc().sql("UPDATE frontier SET state = 'REJECTED', reason = 'no title on the page' WHERE url = ?")
                .param(markedRejected).update();
        jdbc().sql("INSERT INTO reject (run_id, url, step, reason, rejected_at) VALUES (?, ?, 'extract', 'no title on the page', ?)")
                .params(runId, markedRejected, OffsetDateTime.now(ZoneOffset.UTC)).update();
        replaceStoredBody(broken, "<html><head><title></title></head><body><p>This page has moved.</p></body></html>");
        SITE.resetRequests();

        CliRun reprocess = run("reprocess");

        assertThat(reprocess.out()).isEqualTo("reprocess kind=all: pages=20 updated=2 unchanged=16 rejects-cleared=1 "
                + "new-rejects=1 still-rejected=0\nwarning: 1 page(s) that loaded before are now rejected (their rows are "
                + "kept as they were); see 'query \"select url, reason from reject where step = 'reprocess'\"'\n");
        assertThat(reprocess.exit()).isEqualTo(Cli.COMPLETED_WITH_WARNINGS);
        assertThat(SITE.getAllServeEvents()).as("requests during reprocess").isEmpty();
        assertThat(WarehouseSnapshot.of(jdbc())).as("the lost, stale and rejected pages' rows as the harvest left them; "
                + "the broken page's kept").isEqualTo(harvested);
        assertThat(jdbc().sql("SELECT url, step FROM reject ORDER BY url").query().listOfRows())
                .containsExactly(Map.of("URL", broken, "STEP", "reprocess"));
        assertThat(jdbc().sql("SELECT state FROM frontier WHERE url = ?").param(markedRejected).query(String.class).single())
                .isEqualTo("LOADED");
        assertThat(jdbc().sql("SELECT state FROM frontier WHERE url = ?").param(broken).query(String.class).single())
                .isEqualTo("REJECTED");
        assertThat(run("status", Long.toString(runId)).out()).contains("  rejects by reason:\n    1  reprocess: ");

        CliRun again = run("reprocess");
        assertThat(again.exit()).isEqualTo(Cli.OK);
        assertThat(again.out()).isEqualTo("reprocess kind=all: pages=20 updated=0 unchanged=19 rejects-cleared=0 "
                + "new-rejects=0 still-rejected=1\n");
        assertThat(SITE.getAllServeEvents()).isEmpty();
    }

    @Test
    void kindAndSinceNarrowThePagesAndAnUnknownKindIsAUsageError() {
        assertThat(run("harvest", "--year=2021", "--what=publications").exit()).isEqualTo(Cli.OK);
        SITE.resetRequests();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(run("reprocess", "--kind=publication", "--since=" + today).out())
                .isEqualTo("reprocess kind=publication since=" + today + ": pages=20 updated=0 unchanged=20 "
                        + "rejects-cleared=0 new-rejects=0 still-rejected=0\n");
        assertThat(run("reprocess", "--kind=job-listing").out()).contains(": pages=0 ");
        assertThat(run("reprocess", "--since=" + today.plusDays(1)).out()).contains(": pages=0 ");

        CliRun unknown = run("reprocess", "--kind=publications");
        assertThat(unknown.exit()).isEqualTo(Cli.USAGE);
        assertThat(unknown.err()).isEqualTo("pubharvest: --kind names an unknown page kind 'publications' (known: "
                + "blog-post, job-detail, job-listing, publication, ranking-list)" + System.lineSeparator());
        assertThat(unknown.out()).isEmpty();
        assertThat(SITE.getAllServeEvents()).isEmpty();
    }

    /**
     * A new copy of the page in the archive (a WARC record appended, the index pointing at it), with the
     * row's hash and size left as the harvest stored them, as if the bytes had changed on disk.
     */
    private void replaceStoredBody(String url, String html) {
        JdbcClient jdbc = jdbc();
        JdbcTemplate template = new JdbcTemplate(new DriverManagerDataSource(database, H2Owner.USER, H2Owner.password(database)));
        WarcFiles files = new WarcFiles(ArchiveDirectory.resolve("", database), 1 << 30, Clock.systemUTC(), jdbc, "test");
        PageArchive archive = new PageArchive(template, files, "test");
        Map<String, Object> stored = jdbc.sql("SELECT content_hash, body_bytes FROM page WHERE url = ?").param(url).query().singleRow();
        FetchedPage replacement = new FetchedPage(url, 200, "text/html; charset=UTF-8", null, null,
                html.getBytes(StandardCharsets.UTF_8), Instant.now());
        archive.storeAll(List.of(archive.capture(replacement, Optional.empty())));
        files.close();
        jdbc.sql("UPDATE page SET content_hash = ?, body_bytes = ? WHERE url = ?")
                .params(stored.get("CONTENT_HASH"), stored.get("BODY_BYTES"), url).update();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=" + database);
        all.add("--spring.profiles.active=sample-site");
        all.add("--pubharvest.sites.amazon-science.base-url=" + SampleSiteStubs.baseUrl(SITE, SampleSiteStubs.AMAZON_SCIENCE));
        return CliRun.of(all.toArray(String[]::new));
    }

    private long count(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(database, H2Owner.USER, H2Owner.password(database)));
    }
}
