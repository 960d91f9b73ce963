package org.pubharvest.config.progress;

import java.time.Duration;
import java.util.Locale;

/** Progress as text: one self-contained line for logs, or a bar for a terminal that redraws it in place. */
public final class ProgressFormatter {

    private ProgressFormatter() {
    }

    /** E.g. {@code fetch: 40 of 120 (33%), 12.5/s, about 6 s left}; without a total, the count and rate. */
    public static String line(Progress progress) {
        StringBuilder text = new StringBuilder(progress.step()).append(": ").append(progress.done());
        if (progress.total() != null) {
            text.append(" of ").append(progress.total()).append(" (").append(percent(progress)).append(')');
        }
        text.append(", ").append(rate(progress)).append("/s");
        progress.remaining().ifPresent(left -> text.append(", about ").append(duration(left)).append(" left"));
        return text.toString();
    }

    /**
     * E.g. {@code fetch   [########------------]  40/120  33%  12.5/s  6 s left}. Without a total, the bar
     * cannot fill, so the count and rate stand alone.
     */
    public static String bar(Progress progress, int width) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-9s", progress.step()));
        if (progress.total() == null) {
            return text.append(progress.done()).append(" found  ").append(rate(progress)).append("/s").toString();
        }
        int filled = (int) Math.floor(progress.share().orElseThrow() * width);
        text.append('[').append("#".repeat(filled)).append("-".repeat(width - filled)).append("]  ")
                .append(progress.done()).append('/').append(progress.total()).append("  ").append(percent(progress))
                .append("  ").append(rate(progress)).append("/s");
        progress.remaining().ifPresent(left -> text.append("  ").append(duration(left)).append(" left"));
        return text.toString();
    }

    /** {@code 45 s}, {@code 3 min 05 s}, {@code 2 h 07 min}: as precise as a glance needs. */
    static String duration(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    private static String percent(Progress progress) {
        return Math.round(progress.share().orElseThrow() * 100) + "%";
    }

    private static String rate(Progress progress) {
        return String.format(Locale.ROOT, "%.1f", progress.rate());
    }
}
