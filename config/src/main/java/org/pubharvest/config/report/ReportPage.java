package org.pubharvest.config.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.pubharvest.config.report.SvgCharts.Series;

/**
 * The morning report as one self-contained HTML page: styles inline, charts as inline SVG, no script and
 * nothing fetched from elsewhere, so it opens offline from a file or a mail. What it answers, top to
 * bottom: did last night's run complete; how the last runs went (outcome counts and duration over time);
 * what was rejected and why, with example urls; per page kind, how well each field filled and whether a
 * site's markup drifted; what is new and updated; job postings opened and closed per week; the most-read
 * lists with their links.
 */
public final class ReportPage {

    static final String TITLE = "pubharvest: the morning report";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int CHART_WIDTH = 560;

    private ReportPage() {
    }

    public static String render(ReportData data) {
        StringBuilder page = new StringBuilder(32_768);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(TITLE).append("</title><style>").append(STYLE).append("</style></head><body>")
                .append("<header><h1>").append(TITLE).append("</h1><p class=\"muted\">read from the warehouse at ")
                .append(time(data.generatedAt())).append("</p></header>");
        page.append(lastRun(data));
        page.append("<div class=\"grid\">");
        page.append(runCharts(data.runs()));
        page.append(rejects(data.rejects()));
        page.append(fills(data.fills()));
        page.append(publications(data));
        page.append(jobWeeks(data.jobWeeks()));
        page.append(rankings(data.rankings()));
        page.append("</div>");
        page.append(runTable(data.runs()));
        return page.append("</body></html>\n").toString();
    }

    private static String lastRun(ReportData data) {
        if (data.runs().isEmpty()) {
            return "<section class=\"tiles\"><div class=\"tile warn\"><b>no runs yet</b><span>run 'harvest' or 'demo'</span></div></section>";
        }
        ReportData.Run last = data.runs().get(0);
        boolean completed = "COMPLETED".equals(last.status());
        boolean drifted = !last.drift().isEmpty();
        StringBuilder tiles = new StringBuilder("<section class=\"tiles\">");
        tiles.append(tile(completed && !drifted ? "ok" : "warn", "run " + last.id() + " " + last.status(),
                "started " + time(last.started()) + (last.finished() == null ? "" : ", took " + seconds(last.seconds()))));
        tiles.append(tile("", last.loaded() + " loaded", last.unchanged() + " unchanged of " + last.discovered() + " discovered"));
        tiles.append(tile(last.rejected() + last.failed() > 0 ? "warn" : "", last.rejected() + " rejected",
                last.failed() + " failed, " + last.gone() + " gone"));
        tiles.append(tile(drifted ? "warn" : "", drifted ? last.drift().size() + " drift warning(s)" : "no drift",
                drifted ? last.drift().get(0) : "every field filled as in the runs before"));
        tiles.append(tile("", data.newCount() + " new publications", data.updatedCount() + " updated, in the week before the run"));
        return tiles.append("</section>").toString();
    }

    private static String tile(String kind, String big, String small) {
        return "<div class=\"tile " + kind + "\"><b>" + Html.text(big) + "</b><span>" + Html.text(small) + "</span></div>";
    }

    private static String runCharts(List<ReportData.Run> newestFirst) {
        List<ReportData.Run> runs = new ArrayList<>(newestFirst);
        Collections.reverse(runs);
        List<String> labels = runs.stream().map(run -> "run " + run.id()).toList();
        String outcomes = SvgCharts.stackedBars("Urls per run by outcome", labels, List.of(
                series("loaded", "#27ae60", runs, ReportData.Run::loaded),
                series("unchanged", "#95a5a6", runs, ReportData.Run::unchanged),
                series("rejected", "#e67e22", runs, ReportData.Run::rejected),
                series("gone", "#8e44ad", runs, ReportData.Run::gone),
                series("failed", "#c0392b", runs, ReportData.Run::failed)), CHART_WIDTH);
        String durations = SvgCharts.stackedBars("Duration per run, seconds", labels, List.of(new Series("seconds",
                "#2e86c1", runs.stream().map(ReportData.Run::seconds).toList())), CHART_WIDTH);
        return "<section><h2>The last " + runs.size() + " runs</h2>" + outcomes + "</section>"
                + "<section><h2>How long they took</h2>" + durations + "</section>";
    }

    private static Series series(String name, String colour, List<ReportData.Run> runs,
                                 ToIntFunction<ReportData.Run> count) {
        return new Series(name, colour, runs.stream().map(run -> (double) count.applyAsInt(run)).toList());
    }

    private static String rejects(List<ReportData.RejectReason> reasons) {
        StringBuilder section = new StringBuilder("<section><h2>Rejects by reason</h2>");
        if (reasons.isEmpty()) {
            return section.append("<p class=\"muted\">none in these runs</p></section>").toString();
        }
        section.append("<table><tr><th class=\"num\">urls</th><th>step: reason</th><th>for example</th></tr>");
        for (ReportData.RejectReason reason : reasons) {
            section.append("<tr><td class=\"num\">").append(reason.count()).append("</td><td>")
                    .append(Html.text(reason.step() + ": " + reason.reason())).append("</td><td>");
            reason.examples().forEach(url -> section.append(Html.link(url, shortUrl(url))).append("<br>"));
            section.append("</td></tr>");
        }
        return section.append("</table></section>").toString();
    }

    private static String fills(List<ReportData.FieldFill> fills) {
        StringBuilder section = new StringBuilder("<section><h2>Field fill rates by page kind</h2>");
        if (fills.isEmpty()) {
            return section.append("<p class=\"muted\">no completed run has extracted pages yet</p></section>").toString();
        }
        String kind = null;
        List<String> rows = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<Boolean> flagged = new ArrayList<>();
        for (int i = 0; i <= fills.size(); i++) {
            ReportData.FieldFill fill = i < fills.size() ? fills.get(i) : null;
            if (kind != null && (fill == null || !fill.kind().equals(kind))) {
                boolean drifted = flagged.contains(true);
                section.append("<h3>").append(Html.text(kind)).append(drifted ? " <span class=\"bad\">drift</span>" : "")
                        .append("</h3>").append(SvgCharts.shares("Fill rates of " + kind, rows, shares, flagged, CHART_WIDTH));
                rows.clear();
                shares.clear();
                flagged.clear();
            }
            if (fill != null) {
                kind = fill.kind();
                rows.add(fill.field());
                shares.add(fill.rate());
                flagged.add(fill.drift());
            }
        }
        return section.append("<p class=\"muted\">of the records each kind's newest completed run extracted; red: the run's drift check named the field</p></section>").toString();
    }

    private static String publications(ReportData data) {
        StringBuilder section = new StringBuilder("<section><h2>New and updated publications</h2>");
        section.append("<h3>").append(data.newCount()).append(" new</h3>").append(publicationList(data.newest()));
        section.append("<h3>").append(data.updatedCount()).append(" updated</h3>").append(publicationList(data.updated()));
        return section.append("</section>").toString();
    }

    private static String publicationList(List<ReportData.Publication> publications) {
        if (publications.isEmpty()) {
            return "<p class=\"muted\">none</p>";
        }
        StringBuilder list = new StringBuilder("<ul>");
        for (ReportData.Publication publication : publications) {
            list.append("<li>").append(Html.link(publication.url(), publication.title()))
                    .append(publication.year() == null ? "" : " <span class=\"muted\">(" + publication.year() + ")</span>")
                    .append("</li>");
        }
        return list.append("</ul>").toString();
    }

    private static String jobWeeks(List<ReportData.JobWeek> weeks) {
        StringBuilder section = new StringBuilder("<section><h2>Job postings opened and closed per week</h2>");
        if (weeks.isEmpty()) {
            return section.append("<p class=\"muted\">no postings harvested yet</p></section>").toString();
        }
        List<String> labels = weeks.stream().map(week -> week.weekStart().toString().substring(5)).toList();
        section.append(SvgCharts.stackedBars("Job postings opened and closed per week", labels, List.of(
                new Series("opened", "#27ae60", weeks.stream().map(week -> (double) week.opened()).toList()),
                new Series("closed", "#c0392b", weeks.stream().map(week -> (double) week.closed()).toList())), CHART_WIDTH));
        ReportData.JobWeek last = weeks.get(weeks.size() - 1);
        return section.append("<p>week of ").append(last.weekStart()).append(": <b>").append(last.opened())
                .append("</b> opened, <b>").append(last.closed()).append("</b> closed</p></section>").toString();
    }

    private static String rankings(List<ReportData.RankingList> lists) {
        StringBuilder section = new StringBuilder("<section><h2>The most-read papers</h2>");
        if (lists.isEmpty()) {
            return section.append("<p class=\"muted\">no most-read list harvested yet</p></section>").toString();
        }
        for (ReportData.RankingList list : lists) {
            section.append("<details").append(list == lists.get(0) ? " open" : "").append("><summary>")
                    .append(list.year()).append(" (").append(list.papers().size()).append(" papers)</summary><ol>");
            for (ReportData.RankedPaper paper : list.papers()) {
                section.append("<li value=\"").append(paper.rank()).append("\">")
                        .append(Html.link(paper.publicationUrl(), paper.title()))
                        .append(paper.award() == null ? "" : " <span class=\"award\">" + Html.text(paper.award()) + "</span>")
                        .append(paper.blogUrl() == null ? "" : " · " + Html.link(paper.blogUrl(), "blog post"))
                        .append("</li>");
            }
            section.append("</ol></details>");
        }
        return section.append("</section>").toString();
    }

    private static String runTable(List<ReportData.Run> runs) {
        if (runs.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("<section class=\"wide\"><h2>Runs</h2><table><tr><th class=\"num\">run</th>"
                + "<th>status</th><th>started</th><th class=\"num\">took</th><th class=\"num\">discovered</th>"
                + "<th class=\"num\">loaded</th><th class=\"num\">unchanged</th><th class=\"num\">rejected</th>"
                + "<th class=\"num\">gone</th><th class=\"num\">failed</th><th>drift</th></tr>");
        for (ReportData.Run run : runs) {
            table.append("<tr><td class=\"num\">").append(run.id()).append("</td><td class=\"")
                    .append("COMPLETED".equals(run.status()) ? "good" : "bad").append("\">").append(Html.text(run.status()))
                    .append("</td><td>").append(time(run.started())).append("</td><td class=\"num\">")
                    .append(run.finished() == null ? "" : seconds(run.seconds())).append("</td>");
            for (int count : new int[] {run.discovered(), run.loaded(), run.unchanged(), run.rejected(), run.gone(), run.failed()}) {
                table.append("<td class=\"num\">").append(count).append("</td>");
            }
            table.append("<td>").append(Html.text(String.join("; ", run.drift()))).append("</td></tr>");
        }
        return table.append("</table></section>").toString();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private static String shortUrl(String url) {
        String withoutScheme = url.replaceFirst("^https?://", "");
        return withoutScheme.length() > 70 ? withoutScheme.substring(0, 69) + "…" : withoutScheme;
    }

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1260px;padding:12px 20px;color:#222;background:#fafafa}
            h1{font-size:22px;margin:4px 0}h2{font-size:16px;margin:0 0 8px}h3{font-size:14px;margin:10px 0 4px}
            .muted{color:#777}.good{color:#1e8449}.bad{color:#c0392b;font-weight:600}.award{color:#b9770e}
            .tiles{display:flex;gap:10px;flex-wrap:wrap;margin:10px 0}
            .tile{background:#fff;border:1px solid #ddd;border-left:5px solid #999;border-radius:4px;padding:8px 12px;min-width:180px;flex:1}
            .tile.ok{border-left-color:#27ae60}.tile.warn{border-left-color:#e67e22}
            .tile b{display:block;font-size:18px}.tile span{color:#555;font-size:12px}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(580px,1fr));gap:12px;align-items:start}
            section{background:#fff;border:1px solid #ddd;border-radius:4px;padding:10px 14px;overflow:auto}
            section.wide{margin-top:12px}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:3px 6px;border-bottom:1px solid #eee;vertical-align:top}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            svg.chart{max-width:100%;height:auto;display:block}svg .tick{font-size:10px;fill:#555}svg .value{font-size:10px;fill:#222}
            svg .axis{stroke:#bbb}a{color:#1f618d}ul,ol{margin:4px 0;padding-left:22px}summary{cursor:pointer;font-weight:600}
            """;
}
