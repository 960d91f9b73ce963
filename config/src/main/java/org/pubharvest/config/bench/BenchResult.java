package org.pubharvest.config.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one benchmark run.
 *
 * @param pages              publication pages harvested
 * @param cores              processors the JVM sees
 * @param coldSeconds        wall time of the first harvest, JVM start to exit
 * @param incrementalSeconds the same for the second harvest, over the unchanged site
 * @param parseLimit         pages per second that parsing alone reaches on all cores
 * @param heapPeakMegabytes  the harvests' heap peak (the fullest heap, just before a collection), MiB
 * @param heapLivePeakMegabytes the harvests' largest heap left after a collection (the live set), MiB
 * @param rssPeakMegabytes   the harvests' resident set peak, MiB
 * @param coldCpuSeconds     CPU time of the cold harvest's JVM, all threads, start-up included
 * @param incrementalCpuSeconds the same for the second harvest
 * @param coldRssPeakMegabytes the cold harvest's resident set peak, MiB (what Scrapy's is compared with)
 * @param diskBytes          the warehouse file and its WARC archive after both harvests, bytes
 * @param coldRequests       requests the site answered during the cold harvest
 * @param incrementalRequests requests it answered during the second
 * @param scrapy             Scrapy on the same served site in the same sitting, when asked for
 */
public record BenchResult(int pages, int cores, double coldSeconds, double incrementalSeconds, double parseLimit,
                          double heapPeakMegabytes, double heapLivePeakMegabytes, double rssPeakMegabytes,
                          double coldCpuSeconds, double incrementalCpuSeconds, double coldRssPeakMegabytes,
                          long diskBytes, long coldRequests, long incrementalRequests, Optional<ScrapyRun> scrapy) {

    public double coldPagesPerSecond() {
        return pages / coldSeconds;
    }

    /** One {@code name=value} per figure, in the order the README's table has them. */
    public Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("pages", Integer.toString(pages));
        figures.put("cores", Integer.toString(cores));
        figures.put("cold_seconds", format(coldSeconds, 2));
        figures.put("incremental_seconds", format(incrementalSeconds, 2));
        figures.put("cold_pages_per_s", format(coldPagesPerSecond(), 1));
        figures.put("parse_limit_pages_per_s", format(parseLimit, 1));
        figures.put("cold_vs_limit", format(coldPagesPerSecond() / parseLimit, 3));
        figures.put("incremental_vs_cold", format(incrementalSeconds / coldSeconds, 3));
        figures.put("heap_peak_mb", format(heapPeakMegabytes, 1));
        figures.put("heap_live_peak_mb", format(heapLivePeakMegabytes, 1));
        figures.put("rss_peak_mb", format(rssPeakMegabytes, 1));
        figures.put("cold_cpu_seconds", format(coldCpuSeconds, 2));
        figures.put("cold_cpu_ms_per_page", format(coldCpuSeconds * 1000 / pages, 3));
        figures.put("incremental_cpu_seconds", format(incrementalCpuSeconds, 2));
        figures.put("incremental_cpu_ms_per_page", format(incrementalCpuSeconds * 1000 / pages, 3));
        figures.put("cold_requests", Long.toString(coldRequests));
        figures.put("incremental_requests", Long.toString(incrementalRequests));
        figures.put("incremental_requests_vs_cold", format((double) incrementalRequests / coldRequests, 3));
        figures.put("disk_mb", format(diskBytes / 1_048_576.0, 1));
        figures.put("disk_kb_per_page", format(diskBytes / 1024.0 / pages, 2));
        scrapy.ifPresent(run -> {
            figures.put("scrapy_items", Long.toString(run.items()));
            figures.put("scrapy_wall_seconds", format(run.wallSeconds(), 2));
            figures.put("scrapy_cpu_seconds", format(run.cpuSeconds(), 2));
            figures.put("scrapy_cpu_ms_per_page", format(run.cpuSeconds() * 1000 / pages, 3));
            figures.put("scrapy_rss_peak_mb", format(run.rssPeakMegabytes(), 1));
            // Ratios the targets are stated in: ours over Scrapy's CPU, Scrapy's wall over ours.
            figures.put("cold_cpu_vs_scrapy", format(coldCpuSeconds / run.cpuSeconds(), 3));
            figures.put("scrapy_wall_vs_cold", format(run.wallSeconds() / coldSeconds, 3));
            figures.put("cold_rss_vs_scrapy", format(coldRssPeakMegabytes / run.rssPeakMegabytes(), 3));
        });
        return figures;
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
