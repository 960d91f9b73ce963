package org.pubharvest.config.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code bench --pages=N}: writes a synthetic site of N publication pages, serves it on loopback,
 * harvests its year cold into a fresh H2 file, harvests it again unchanged, measures the parse
 * limit, and reports the figures; with {@code --compare-scrapy}, Scrapy reads the same site in between. Politeness pauses are off (our own loopback server), robots.txt
 * is still read and obeyed, as on a real site.
 */
public final class Benchmark {

    private final PrintStream progress;

    public Benchmark(PrintStream progress) {
        this.progress = progress;
    }

    /** Requests in flight at once during the benchmark's harvests (the default for real sites is 1 per host). */
    static final int FETCH_CONCURRENCY = 8;

    /**
     * @param work         where the site, the warehouse and the logs go; created if missing
     * @param jvmOptions   extra options for the harvest JVMs, space-separated (a profiler's, say), or null
     */
    public BenchResult run(int pages, Path work, String jvmOptions) {
        return run(pages, work, jvmOptions, Optional.empty());
    }

    /**
     * @param scrapy the {@code scrapy} command to run against the same served site after the harvests, or
     *               empty for none ({@link ScrapyRun})
     */
    public BenchResult run(int pages, Path work, String jvmOptions, Optional<Path> scrapy) {
        try {
            Files.createDirectories(work);
            Path site = work.resolve("site");
            deleteRecursively(site);
            deleteRecursively(work.resolve("warehouse"));
            SiteSummary summary = new SyntheticSite().write(site, pages, SyntheticSite.DEFAULT_SEED);
            progress.println("bench: " + summary.line());
            try (StaticSiteServer server = StaticSiteServer.start(site)) {
                List<String> harvest = List.of("--year=" + PublicationTemplates.YEAR, "--what=publications",
                        "--spring.datasource.url=jdbc:h2:file:" + work.resolve("warehouse").resolve("pubharvest").toAbsolutePath(),
                        "--pubharvest.sites.amazon-science.base-url=" + server.baseUrl(),
                        "--pubharvest.fetch.min-delay=0", "--pubharvest.fetch.max-crawl-delay=0",
                        "--pubharvest.fetch.obey-robots=true",
                        // One host here, so the per-host limit is the whole fetch concurrency.
                        "--pubharvest.fetch.max-concurrency-per-host=" + FETCH_CONCURRENCY,
                        "--pubharvest.harvest.fetch-threads=" + FETCH_CONCURRENCY,
                        // Several rounds of requests a chunk, so few threads wait on the chunk's slowest fetch.
                        "--pubharvest.harvest.fetch-chunk-size=" + FETCH_CONCURRENCY * 6);
                progress.println("bench: cold harvest of " + server.baseUrl());
                HarvestProcess cold = HarvestProcess.run(work, "cold", harvest, HarvestProcess.options(jvmOptions));
                long coldRequests = server.requests();
                progress.println("bench: incremental harvest (the same night: the revisit schedule finds nothing due)");
                HarvestProcess incremental = HarvestProcess.run(work, "incremental", harvest, HarvestProcess.options(jvmOptions));
                long incrementalRequests = server.requests() - coldRequests;
                Optional<ScrapyRun> scrapyRun = scrapy.map(command -> {
                    progress.println("bench: scrapy on the same site (" + command + ")");
                    ScrapyRun run = ScrapyRun.run(command, work, server.baseUrl(), PublicationTemplates.YEAR);
                    if (run.items() != pages) {
                        throw new IllegalStateException("scrapy read " + run.items() + " of the " + pages
                                + " publications (its log: " + work.resolve("scrapy") + "): no comparison");
                    }
                    return run;
                });
                progress.println("bench: parse limit");
                double parseLimit = ParseLimit.pagesPerSecond(site, pages);
                return new BenchResult(pages, Runtime.getRuntime().availableProcessors(), cold.seconds(), incremental.seconds(),
                        parseLimit, Math.max(peak(cold, "heap_peak_mb"), peak(incremental, "heap_peak_mb")),
                        Math.max(peak(cold, "heap_live_peak_mb"), peak(incremental, "heap_live_peak_mb")),
                        Math.max(peak(cold, "rss_peak_mb"), peak(incremental, "rss_peak_mb")),
                        peak(cold, "cpu_seconds"), peak(incremental, "cpu_seconds"), peak(cold, "rss_peak_mb"),
                        bytesUnder(work.resolve("warehouse")), coldRequests, incrementalRequests, scrapyRun);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the benchmark's directory " + work, e);
        }
    }

    private static double peak(HarvestProcess process, String name) {
        Double value = process.peaks().get(name);
        if (value == null) {
            throw new IllegalStateException("the harvest did not report " + name);
        }
        return value;
    }

    /** The warehouse directory holds the H2 file and, next to it, the page archive's WARC files. */
    private static long bytesUnder(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
