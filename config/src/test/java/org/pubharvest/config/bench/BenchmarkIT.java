package org.pubharvest.config.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny benchmark end to end: two harvests in child JVMs against the synthetic site on loopback. */
class BenchmarkIT {

    @TempDir
    Path work;

    /**
     * With Scrapy on the PATH (CI installs Debian's python3-scrapy) Scrapy reads the same site in the same
     * run and its side and the ratios are reported; without it there are none.
     */
    @Test
    void reportsEveryFigureAsAPositiveNumberAndScrapysWhenItIsThere() {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Optional<Path> scrapy = ScrapyRun.scrapyOnPath();
        BenchResult result = new Benchmark(new PrintStream(progress, true, StandardCharsets.UTF_8)).run(30, work, null, scrapy);

        Map<String, String> figures = result.figures();
        assertThat(figures).containsKeys("cold_pages_per_s", "parse_limit_pages_per_s", "cold_vs_limit",
                "incremental_vs_cold", "heap_peak_mb", "rss_peak_mb", "cold_cpu_ms_per_page", "incremental_cpu_ms_per_page",
                "disk_kb_per_page", "cold_requests", "incremental_requests");
        List<String> scrapyFigures = List.of("scrapy_items", "scrapy_wall_seconds", "scrapy_cpu_ms_per_page",
                "scrapy_rss_peak_mb", "cold_cpu_vs_scrapy", "scrapy_wall_vs_cold", "cold_rss_vs_scrapy");
        if (scrapy.isPresent()) {
            assertThat(figures).containsKeys(scrapyFigures.toArray(String[]::new)).containsEntry("scrapy_items", "30");
            assertThat(work.resolve("scrapy").resolve("items.jl")).content()
                    .contains("\"title\": \"A map of bandits for e-commerce (0)\"");
        } else {
            assertThat(figures).doesNotContainKeys(scrapyFigures.toArray(String[]::new));
        }
        figures.forEach((name, value) -> assertThat(Double.parseDouble(value)).as(name).isPositive());
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("30 publication pages");
        // The figures are only worth something if the harvests did the work: all loaded, then all unchanged.
        assertThat(work.resolve("cold.log")).content().contains("discovered=30 loaded=30 unchanged=0 rejected=0");
        assertThat(work.resolve("incremental.log")).content().contains("discovered=30 loaded=0 unchanged=30 rejected=0");
        assertThat(Long.parseLong(figures.get("incremental_requests")))
                .as("the same night, no publication page is due: only robots.txt, the listing and the sitemaps "
                        + "(an index and one sitemap, which a cold run does not read) are read again")
                .isLessThanOrEqualTo(Long.parseLong(figures.get("cold_requests")) - 30 + 2);
        assertThat(work.resolve("warehouse").resolve("warc")).as("the archive next to the warehouse, in the disk figure")
                .isDirectoryContaining("glob:**.warc.gz");
    }
}
