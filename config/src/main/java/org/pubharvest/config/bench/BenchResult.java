package org.pubharvest.config.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
 */
public record BenchResult(int pages, int cores, double coldSeconds, double incrementalSeconds, double parseLimit,
                          double heapPeakMegabytes, double heapLivePeakMegabytes, double rssPeakMegabytes) {

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
        return figures;
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
