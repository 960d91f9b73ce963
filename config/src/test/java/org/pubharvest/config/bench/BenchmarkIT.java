package org.pubharvest.config.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny benchmark end to end: two harvests in child JVMs against the synthetic site on loopback. */
class BenchmarkIT {

    @TempDir
    Path work;

    @Test
    void reportsEveryFigureAsAPositiveNumber() {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BenchResult result = new Benchmark(new PrintStream(progress, true, StandardCharsets.UTF_8)).run(30, work, null);

        Map<String, String> figures = result.figures();
        assertThat(figures).containsKeys("cold_pages_per_s", "parse_limit_pages_per_s", "cold_vs_limit",
                "incremental_vs_cold", "heap_peak_mb", "rss_peak_mb");
        figures.forEach((name, value) -> assertThat(Double.parseDouble(value)).as(name).isPositive());
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("30 publication pages");
        // The figures are only worth something if the harvests did the work: all loaded, then all unchanged.
        assertThat(work.resolve("cold.log")).content().contains("discovered=30 loaded=30 unchanged=0 rejected=0");
        assertThat(work.resolve("incremental.log")).content().contains("discovered=30 loaded=0 unchanged=30 rejected=0");
    }
}
