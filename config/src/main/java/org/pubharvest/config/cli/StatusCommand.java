package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.pubharvest.config.status.RunHistory;
import org.pubharvest.config.status.RunSummary;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code status [RUN] [--limit=N]}: the recent runs with any markup drift they showed and their step
 * counts, from the job repository; with a run id, that run and its rejects by reason. Reads as the
 * reporting user, like {@code query}: an H2 file that a harvest holds is read through the holder's server.
 */
final class StatusCommand implements Command {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int DEFAULT_LIMIT = 10;

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("limit");
        if (arguments.positional().size() > 1) {
            arguments.requirePositional(1, "at most one run id");
        }
        Long runId = arguments.positional().isEmpty() ? null : runId(arguments.positional().get(0));
        int limit = arguments.has("limit") ? arguments.intOption("limit", 1, 10_000) : DEFAULT_LIMIT;
        ReportingConnection reporting = ReportingConnection.from(arguments.properties());
        String url;
        try {
            url = reporting.reachableUrl();
        } catch (SQLException e) {
            throw reporting.failure("status", e);
        }
        try (ConfigurableApplicationContext context = Applications.reading(arguments.properties(), reporting, url)) {
            RunHistory history = context.getBean(RunHistory.class);
            if (runId == null) {
                List<RunSummary> runs = history.recent(limit);
                if (runs.isEmpty()) {
                    out.println("no runs yet");
                }
                runs.forEach(run -> print(run, out));
                return Cli.OK;
            }
            RunSummary run = history.run(runId)
                    .orElseThrow(() -> new CommandFailedException("no run " + runId + " in the job repository"));
            print(run, out);
            List<RunSummary.RejectReason> rejects = history.rejects(runId);
            out.println(rejects.isEmpty() ? "  no rejects" : "  rejects by reason:");
            rejects.forEach(reject -> out.printf("    %d  %s: %s%n", reject.count(), reject.step(), reject.reason()));
            return Cli.OK;
        }
    }

    static void print(RunSummary run, PrintStream out) {
        out.printf("run %d  %s  %s  started %s  took %s%s%n", run.runId(), run.parameters(), run.status(),
                run.started() == null ? "-" : TIME.format(run.started()), seconds(run.duration()),
                run.executions() > 1 ? "  (" + run.executions() + " executions)" : "");
        run.drift().forEach(line -> out.println("  " + line));
        for (RunSummary.StepSummary step : run.steps()) {
            out.printf("  %-10s %-9s read=%d written=%d skipped=%d%n", step.name(), step.status(), step.read(),
                    step.written(), step.skipped());
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static long runId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new UsageException("'status' takes a run id (a whole number), got '" + text + "'");
        }
    }
}
