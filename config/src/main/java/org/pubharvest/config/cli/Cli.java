package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import org.pubharvest.config.warehouse.WarehouseTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses the command line and runs one command; returns the process exit code. */
public final class Cli {

    /**
     * Exit codes: 0 done, 1 the work failed (a failed or stopped run, a rejected page), 2 a wrong
     * command line, 3 a run completed with warnings: it rejected more than the usual share of its urls,
     * or its markup drifted. SIGTERM ends a command with 143 (128 + 15), as the JVM exits on a signal.
     */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int COMPLETED_WITH_WARNINGS = 3;
    /** The first of the warnings exit 3 stood for; kept as a name for it. */
    public static final int TOO_MANY_REJECTS = COMPLETED_WITH_WARNINGS;

    static final String USAGE_TEXT = """
            usage: java -jar pubharvest.jar <command> [--options] [--spring.property=value ...]

            commands:
              harvest [--year=YYYY] [--what=S] [--full] [--partitions=N [--embedded-broker]]
                                             harvest one year from the configured sites, or without a year the
                                             nightly run (newest listing pages, newest most-read list, all jobs);
                                             S: all (default) or source names, comma-separated; --full fetches
                                             every url, not only those the revisit schedule says are due;
                                             --partitions sends fetch and extract to workers in N partitions by
                                             host (PostgreSQL only), --embedded-broker starts the broker in here
              worker [--name=NAME]           stay up: take partitions of distributed runs from the broker and run
                                             them (PostgreSQL only); health and metrics on the management port
              serve                          stay up: run the nightly harvest on pubharvest.schedule.cron (default 02:00),
                                             health and metrics on the management port (default 127.0.0.1:8081)
              backfill --from=YYYY --to=YYYY [--force]
                                             harvest each year as its own run, oldest first; completed years are
                                             skipped unless --force; run it again to resume a failed year
              status [RUN] [--limit=N]       recent runs with their step counts; one run with its rejects by reason
                                             (query, export and status read an H2 file a harvest holds through it)
              reprocess [--kind=K] [--since=YYYY-MM-DD]
                                             extract the stored pages again from the page archive, fetching nothing
                                             (after a site profile fix), and print what changed
              demo                           serve the bundled sample site on loopback and harvest every year it holds
              extract <file.html> --url=URL [--explain]
                                             parse one saved page and print every record on it as JSON Lines;
                                             --explain adds where each publication field was read
              query "<SQL>" [--format=F] [--timeout=D] [--max-rows=N]
                                             run one read-only SQL statement; F: csv (default, with a header), table,
                                             json (JSON Lines); the database cancels it after D (default 5m); at most
                                             N rows are printed (table: 10000 unless given)
              export --table=T --out=FILE [--format=F]   write a whole table or view to FILE; F: csv (default) or jsonl
              report --out=FILE [--runs=N]   the morning report as one HTML file that opens offline: the last N runs
                                             (default 14), rejects, fill rates and drift, what is new, jobs, most-read
                                             lists; serve shows the same page at /report on the management port
              sample-site --pages=N --out=DIR [--seed=S]   write a synthetic site of N publication pages as static files
              bench --pages=N [--work=DIR] [--harvest-jvm-options="..."] [--compare-scrapy]
                                             serve a synthetic site on loopback, harvest it cold and again, print the figures
                                             --compare-scrapy also runs Scrapy (on the PATH) on the same site, with the ratios

            common options:
              --spring.datasource.url=...    the warehouse (default: H2 file ./data/pubharvest)
              --pubharvest.sites.amazon-science.base-url=...   fetch Amazon Science from a mirror
              --debug                        debug logging, and the full stack trace behind a one-line failure
              --help                         this text
            """;

    private static final Logger log = LoggerFactory.getLogger(Cli.class);
    /** Anywhere on the command line: debug logging, and the stack behind an expected failure's one line. */
    static final String DEBUG = "--debug";

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    public int run(String... args) {
        boolean debug = Arrays.asList(args).contains(DEBUG);
        if (debug) {
            // The application's own debug lines too, with the full stack of what the one-line messages sum up.
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.pubharvest")).setLevel(Level.DEBUG);
        }
        try {
            Arguments arguments = Arguments.parse(Arrays.stream(args).filter(arg -> !arg.equals(DEBUG)).toArray(String[]::new));
            if (arguments.has("help") || "help".equals(arguments.command())) {
                out.print(USAGE_TEXT);
                return OK;
            }
            if (arguments.command() == null) {
                throw new UsageException("no command given; try --help");
            }
            return command(arguments.command()).run(arguments, out);
        } catch (UsageException e) {
            err.println("pubharvest: " + e.getMessage());
            return USAGE;
        } catch (CommandFailedException e) {
            err.println("pubharvest: " + e.getMessage());
            traceIf(debug, e);
            return FAILED;
        } catch (RuntimeException e) {
            Optional<String> warehouseTrouble = WarehouseTrouble.oneLine(e);
            if (warehouseTrouble.isPresent()) {
                // Held by another process, or unreachable: the line says what to do; the stack only with --debug.
                err.println("pubharvest: " + warehouseTrouble.get());
                traceIf(debug, e);
                return FAILED;
            }
            log.error("command failed", e);
            err.println("pubharvest: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        }
    }

    private void traceIf(boolean debug, Throwable failure) {
        if (debug) {
            failure.printStackTrace(err);
        }
    }

    private Command command(String name) {
        return switch (name) {
            case "harvest" -> new HarvestCommand();
            case "serve" -> new ServeCommand();
            case "worker" -> new WorkerCommand();
            case "backfill" -> new BackfillCommand();
            case "status" -> new StatusCommand();
            case "demo" -> new DemoCommand();
            case "extract" -> new ExtractCommand();
            case "query" -> new QueryCommand();
            case "export" -> new ExportCommand();
            case "report" -> new ReportCommand();
            case "sample-site" -> new SampleSiteCommand();
            case "bench" -> new BenchCommand(err);
            case "reprocess" -> new ReprocessCommand();
            default -> throw new UsageException("unknown command '" + name
                    + "' (commands: harvest, serve, worker, backfill, status, demo, extract, query, export, report, sample-site, bench, reprocess)");
        };
    }
}
