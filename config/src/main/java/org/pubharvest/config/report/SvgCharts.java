package org.pubharvest.config.report;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG: the report is one file that opens offline, so its charts are drawn here,
 * not by a script from elsewhere. Each chart has a title and, per bar, a {@code <title>} tooltip with
 * its numbers, so a screen reader and a hovering mouse both get them.
 */
final class SvgCharts {

    /** One stacked series: its name, colour and a value per bar. */
    record Series(String name, String colour, List<Double> values) {
    }

    private static final int HEIGHT = 160;
    private static final int BAR_GAP = 4;
    private static final int AXIS = 28;

    private SvgCharts() {
    }

    /** Bars side by side, each a stack of the series' values; labels under the bars. */
    static String stackedBars(String title, List<String> labels, List<Series> series, int width) {
        int bars = labels.size();
        double max = 1;
        for (int bar = 0; bar < bars; bar++) {
            double total = 0;
            for (Series one : series) {
                total += one.values().get(bar);
            }
            max = Math.max(max, total);
        }
        double slot = bars == 0 ? 0 : (double) (width - AXIS) / bars;
        StringBuilder svg = open(title, width);
        svg.append(axis(max, width));
        for (int bar = 0; bar < bars; bar++) {
            double x = AXIS + bar * slot + BAR_GAP / 2.0;
            double y = HEIGHT;
            StringBuilder tip = new StringBuilder(labels.get(bar));
            for (Series one : series) {
                double value = one.values().get(bar);
                double h = value / max * (HEIGHT - 10);
                y -= h;
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        x, y, Math.max(1, slot - BAR_GAP), h, one.colour()));
                tip.append(", ").append(one.name()).append(' ').append(number(value));
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"%d\" fill=\"transparent\"><title>%s</title></rect>",
                    x, Math.max(1, slot - BAR_GAP), HEIGHT, Html.text(tip)));
            if (bars <= 16 || bar % Math.ceil(bars / 16.0) == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
                        x + (slot - BAR_GAP) / 2, HEIGHT + 14, Html.text(labels.get(bar))));
            }
        }
        return svg.append(legend(series, width)).append("</svg>").toString();
    }

    /** One horizontal bar per row, its value a share (0..1) printed as a percentage; flagged rows in red. */
    static String shares(String title, List<String> rows, List<Double> shares, List<Boolean> flagged, int width) {
        int rowHeight = 18;
        int labelWidth = 170;
        int height = rows.size() * rowHeight + 24;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title>%s</title>",
                width, height, width, height, Html.text(title)));
        for (int row = 0; row < rows.size(); row++) {
            double share = shares.get(row);
            int y = 8 + row * rowHeight;
            double barWidth = share * (width - labelWidth - 60);
            String colour = flagged.get(row) ? "#c0392b" : "#2e86c1";
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%s</text>",
                    labelWidth - 6, y + 12, Html.text(rows.get(row))));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s</title></rect>",
                    labelWidth, y + 2, Math.max(1, barWidth), rowHeight - 5, colour, Html.text(rows.get(row)), percent(share)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>",
                    labelWidth + barWidth + 4, y + 12, percent(share)));
        }
        return svg.append("</svg>").toString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static StringBuilder open(String title, int width) {
        int height = HEIGHT + 40;
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title>%s</title>",
                width, height, width, height, Html.text(title)));
    }

    private static String axis(double max, int width) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                        + "<text x=\"%d\" y=\"16\" class=\"tick\" text-anchor=\"end\">%s</text>"
                        + "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">0</text>",
                AXIS, HEIGHT, width, HEIGHT, AXIS - 4, number(max), AXIS - 4, HEIGHT);
    }

    private static String legend(List<Series> series, int width) {
        StringBuilder legend = new StringBuilder();
        int x = AXIS;
        for (Series one : series) {
            legend.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"tick\">%s</text>", x, HEIGHT + 24, one.colour(), x + 14, HEIGHT + 33,
                    Html.text(one.name())));
            x += 14 + 8 * one.name().length() + 16;
            if (x > width - 60) {
                break;
            }
        }
        return legend.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
