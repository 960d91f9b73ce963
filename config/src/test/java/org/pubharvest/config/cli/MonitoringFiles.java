package org.pubharvest.config.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring files shipped in docs/monitoring, parsed as Prometheus and Grafana would (a file that
 * does not parse fails here), and the metric names their expressions use.
 */
final class MonitoringFiles {

    private static final Path DIRECTORY = Path.of("..", "docs", "monitoring");
    /** Metric names in PromQL: ours and Spring Batch's (functions and labels are lower case without these prefixes). */
    private static final Pattern METRIC = Pattern.compile("\\b((?:pubharvest|spring_batch)_[a-z0-9_]+)\\b");

    private static final Pattern LABELS = Pattern.compile("\\b(?:by|without)\\s*\\([^)]*\\)|\\{[^}]*}");

    private MonitoringFiles() {
    }

    /** Every alert rule's expression, from alerts.yaml. */
    @SuppressWarnings("unchecked")
    static Set<String> metricsNamedInAlerts() {
        Map<String, Object> rules = new Yaml().load(read("alerts.yaml"));
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                if (rule.get("alert") == null || rule.get("expr") == null) {
                    throw new AssertionError("alerts.yaml: a rule without alert or expr: " + rule);
                }
                expressions.add(rule.get("expr").toString());
            }
        }
        return metricsIn(expressions);
    }

    /** Every panel target's expression, from grafana-dashboard.json. */
    static Set<String> metricsNamedInDashboard() {
        JsonNode dashboard = JsonMapper.builder().build().readTree(read("grafana-dashboard.json"));
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                expressions.add(target.get("expr").asString());
            }
        }
        return metricsIn(expressions);
    }

    /** The sample names a Prometheus text exposition holds ({@code name{labels} value} lines). */
    static Set<String> sampleNames(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    private static Set<String> metricsIn(List<String> expressions) {
        Set<String> metrics = new TreeSet<>();
        for (String expression : expressions) {
            // Label names (in "by (...)", "without (...)" and "{...}" matchers) are not metrics.
            String withoutLabels = LABELS.matcher(expression).replaceAll(" ");
            Matcher matcher = METRIC.matcher(withoutLabels);
            while (matcher.find()) {
                metrics.add(matcher.group(1));
            }
        }
        return metrics;
    }

    private static String read(String file) {
        try {
            return Files.readString(DIRECTORY.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
