package org.pubharvest.config.metrics;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunObserver;
import org.pubharvest.config.job.RunOutcome;
import org.pubharvest.config.job.RunReport;
import org.pubharvest.config.status.RunHistory;
import org.pubharvest.config.status.RunSummary;
import org.pubharvest.ingest.fetch.FetchObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The harvest's own metrics, through Micrometer (scraped at {@code /actuator/prometheus} under
 * {@code serve}; docs/monitoring names them and alerts on them):
 * <ul>
 *   <li>{@code pubharvest.http.requests} by host and status, {@code pubharvest.http.response.bytes} and
 *       {@code pubharvest.http.retries} by host, {@code pubharvest.robots.refusals} by host: each exchange;</li>
 *   <li>{@code pubharvest.runs} by outcome ({@code completed}, {@code too_many_rejects}, {@code drift},
 *       {@code not_completed}), {@code pubharvest.rejects} by step and reason, {@code pubharvest.records.loaded}
 *       by page kind: each run, as it ends;</li>
 *   <li>gauges of the last completed run: {@code pubharvest.run.last.completed.timestamp} per source (0 when
 *       none ever completed), {@code pubharvest.run.reject.share}, {@code pubharvest.run.drift.findings}.</li>
 * </ul>
 * The gauges start from the job repository, so a restarted {@code serve} does not forget last night's run.
 */
public class HarvestMetrics implements FetchObserver, RunObserver {

    private static final Logger log = LoggerFactory.getLogger(HarvestMetrics.class);
    /** A reject's reason is free text; its head names the kind of trouble without a url or a number in it. */
    private static final int REASON_TAG_LENGTH = 60;
    private static final int RUNS_SEEDED_FROM = 200;

    private final MeterRegistry registry;
    private final RunHistory history;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final double warnRejectShare;
    private final Map<String, AtomicLong> lastCompletedBySource = new ConcurrentHashMap<>();
    private final Set<String> hostsSeen = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Double> rejectShare = new AtomicReference<>(0.0);
    private final AtomicReference<Double> driftFindings = new AtomicReference<>(0.0);

    /** @param sources the names of every discovery source, each with its own last-completed gauge */
    public HarvestMetrics(MeterRegistry registry, RunHistory history, JdbcClient jdbc, Clock clock, double warnRejectShare,
                          List<String> sources) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.history = Objects.requireNonNull(history, "history");
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.warnRejectShare = warnRejectShare;
        sources.forEach(this::lastCompleted);
        Gauge.builder("pubharvest.run.reject.share", rejectShare, AtomicReference::get)
                .description("Share of its urls the last completed run rejected").register(registry);
        Gauge.builder("pubharvest.run.drift.findings", driftFindings, AtomicReference::get)
                .description("Markup drift findings of the last completed run").register(registry);
        // Every outcome from the start, so that an alert on its increase has a series to compare with.
        for (String outcome : List.of("completed", "too_many_rejects", "drift", "not_completed")) {
            Counter.builder("pubharvest.runs").tag("outcome", outcome).description("Harvest runs by how they ended")
                    .register(registry);
        }
    }

    /** The last completed runs as the job repository has them, read once at start. */
    public void seedFromHistory() {
        try {
            for (RunSummary run : history.recent(RUNS_SEEDED_FROM)) {
                if (run.status() == BatchStatus.COMPLETED && run.started() != null) {
                    long ended = run.started().plus(run.duration()).atZone(ZoneId.systemDefault()).toEpochSecond();
                    sourcesOf(run.parameters()).forEach(source -> completed(source, ended));
                }
            }
        } catch (RuntimeException e) {
            log.warn("the run gauges start empty: the job repository could not be read ({})", e.getMessage());
        }
    }

    @Override
    public void responded(String host, int status, long bodyBytes) {
        startCounting(host);
        registry.counter("pubharvest.http.requests", "host", host, "status", Integer.toString(status)).increment();
        registry.counter("pubharvest.http.response.bytes", "host", host).increment(bodyBytes);
    }

    /**
     * A host's retry and refusal counters exist from its first exchange, at zero: a rate over a series that
     * appears only with its first increment misses that increment.
     */
    private void startCounting(String host) {
        if (hostsSeen.add(host)) {
            registry.counter("pubharvest.http.retries", "host", host);
            registry.counter("pubharvest.robots.refusals", "host", host);
        }
    }

    @Override
    public void unanswered(String host) {
        startCounting(host);
        registry.counter("pubharvest.http.requests", "host", host, "status", "none").increment();
    }

    @Override
    public void retrying(String host) {
        registry.counter("pubharvest.http.retries", "host", host).increment();
    }

    @Override
    public void refusedByRobots(String host) {
        registry.counter("pubharvest.robots.refusals", "host", host).increment();
    }

    @Override
    public void ended(RunReport report) {
        RunOutcome outcome = report.outcome(warnRejectShare);
        registry.counter("pubharvest.runs", "outcome", outcomeTag(outcome)).increment();
        if (!report.completed()) {
            return;
        }
        long now = clock.instant().getEpochSecond();
        report.scope().sources().forEach(source -> completed(source, now));
        rejectShare.set(report.discovered() == 0 ? 0.0 : (double) report.rejected() / report.discovered());
        driftFindings.set((double) report.drift().size());
        history.rejects(report.runId()).forEach(reject -> registry.counter("pubharvest.rejects", "step", reject.step(),
                "reason", reasonTag(reject.reason())).increment(reject.count()));
        jdbc.sql("SELECT kind, COUNT(*) FROM frontier WHERE run_id = ? AND state = 'LOADED' GROUP BY kind")
                .param(report.runId())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(loaded -> registry.counter("pubharvest.records.loaded", "kind", loaded.getKey())
                        .increment(loaded.getValue()));
    }

    @Override
    public void endedWithoutReport(HarvestScope scope) {
        registry.counter("pubharvest.runs", "outcome", "not_completed").increment();
    }

    private void completed(String source, long epochSeconds) {
        lastCompleted(source).accumulateAndGet(epochSeconds, Math::max);
    }

    /** The source's gauge, registered (at 0: never) the first time the source is named. */
    private AtomicLong lastCompleted(String source) {
        return lastCompletedBySource.computeIfAbsent(source, name -> {
            AtomicLong seconds = new AtomicLong();
            Gauge.builder("pubharvest.run.last.completed.timestamp", seconds, AtomicLong::doubleValue).baseUnit("seconds")
                    .tag("source", name).description("When the last completed run of the source ended, epoch seconds")
                    .register(registry);
            return seconds;
        });
    }

    static String outcomeTag(RunOutcome outcome) {
        if (outcome instanceof RunOutcome.TooManyRejects) {
            return "too_many_rejects";
        }
        if (outcome instanceof RunOutcome.Drifted) {
            return "drift";
        }
        return outcome instanceof RunOutcome.NotCompleted ? "not_completed" : "completed";
    }

    /** "HTTP 404" stays; "not on an allowed site: https://..." becomes "not on an allowed site". */
    static String reasonTag(String reason) {
        String head = reason == null ? "" : reason.split("[:(\\n]", 2)[0].strip();
        return head.length() > REASON_TAG_LENGTH ? head.substring(0, REASON_TAG_LENGTH) : head;
    }

    /** The sources of a run as {@link RunSummary#parameters()} prints them: {@code sources=publications,jobs year=2021}. */
    static List<String> sourcesOf(String parameters) {
        for (String word : parameters.split("\\s+")) {
            if (word.startsWith("sources=")) {
                return List.of(word.substring("sources=".length()).split(","));
            }
        }
        return List.of();
    }
}
