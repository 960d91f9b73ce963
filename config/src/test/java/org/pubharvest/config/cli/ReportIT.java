package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.HeadlessChromium;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The morning report of a known warehouse (the demo's: four runs of the sample site), written by
 * {@code report} and rendered in a real browser, headless Chromium: the charts and the numbers of the
 * runs are on the page as the browser built it, the browser's console stayed empty, and the file asks
 * for nothing from elsewhere. {@code -Dreport.screenshot=../docs/report.png} also keeps the screenshot
 * (that is how the README's was made).
 */
class ReportIT {

    @TempDir
    static Path directory;

    private static String database;

    @BeforeAll
    static void demoWarehouse() {
        database = "jdbc:h2:file:" + directory.resolve("warehouse");
        CliRun demo = CliRun.of("demo", "--spring.datasource.url=" + database);
        assertThat(demo.exit()).as(demo.err()).isEqualTo(Cli.OK);
    }

    @Test
    void theReportOfTheDemoRendersInChromiumWithItsChartsAndNumbersAndNoConsoleErrors() throws Exception {
        Path file = directory.resolve("report.html");
        CliRun report = CliRun.of("report", "--out=" + file, "--spring.datasource.url=" + database);
        assertThat(report.exit()).as(report.err()).isEqualTo(Cli.OK);
        assertThat(report.out()).startsWith("report: " + file);

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).as("self-contained: no script, no stylesheet or image from elsewhere")
                .doesNotContain("<script", "<link", "src=\"http", "url(http", "@import");

        Optional<HeadlessChromium> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            assertThat(System.getenv("CI")).as("chromium is on the PATH in CI (.ci/run installs it)").isNull();
            assumeTrue(false, "no chromium on the PATH: the report was written, but not rendered");
        }
        HeadlessChromium.Rendering rendering = chromium.get().render(file, directory);
        assertThat(rendering.console()).as("what the page wrote to the browser's console").isEmpty();
        String dom = rendering.dom();
        assertThat(dom).contains("pubharvest: the morning report");
        assertThat(dom.split("<svg", -1).length - 1).as("charts: outcomes, durations, fill rates per kind, jobs per week")
                .isGreaterThanOrEqualTo(5);

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, H2Owner.USER, H2Owner.password(database)));
        List<Map<String, Object>> runs = jdbc.sql("SELECT id, status, loaded, unchanged FROM harvest_run ORDER BY id DESC")
                .query().listOfRows();
        assertThat(runs).hasSizeGreaterThanOrEqualTo(4);
        for (Map<String, Object> run : runs) {
            assertThat(dom).contains("run " + run.get("ID"));
        }
        Map<String, Object> last = runs.get(0);
        assertThat(dom).contains("run " + last.get("ID") + " " + last.get("STATUS"), last.get("LOADED") + " loaded");
        long publications = jdbc.sql("SELECT COUNT(*) FROM publication").query(Long.class).single();
        assertThat(dom).contains(publications + " new publications");
        String award = jdbc.sql("SELECT title FROM ranked_paper WHERE list_year = 2021 AND award IS NOT NULL")
                .query(String.class).single();
        assertThat(dom).contains(award.replace("&", "&amp;"), "best-paper award");
        long opened = jdbc.sql("SELECT SUM(opened) FROM job_postings_per_week").query(Long.class).single();
        assertThat(dom).contains("<b>" + opened + "</b> opened");
        assertThat(dom).contains("Field fill rates by page kind", "<h3>publication", "abstract");

        Path png = directory.resolve("report.png");
        chromium.get().screenshot(file, png, 1280, 1500, directory);
        assertThat(new String(Files.readAllBytes(png), 1, 3, StandardCharsets.US_ASCII)).as("a PNG").isEqualTo("PNG");
        String keep = System.getProperty("report.screenshot");
        if (keep != null) {
            Files.copy(png, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aWrongReportCommandLineGetsOneLineAndExitTwo() {
        assertThat(CliRun.of("report", "--spring.datasource.url=" + database).exit()).isEqualTo(Cli.USAGE);
        CliRun noRuns = CliRun.of("report", "--out=" + directory.resolve("r.html"), "--runs=0", "--spring.datasource.url=" + database);
        assertThat(noRuns.exit()).isEqualTo(Cli.USAGE);
        assertThat(noRuns.err()).isEqualTo("pubharvest: --runs must be between 1 and 1000, got 0" + System.lineSeparator());
    }
}
