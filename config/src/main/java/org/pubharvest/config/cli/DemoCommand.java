package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.pubharvest.config.demo.SampleSiteServer;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.pubharvest.ingest.discover.ListingPageParser;
import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.ingest.fetch.PageFetcher;
import org.pubharvest.ingest.fetch.PageRequest;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.ingest.site.SiteProfile;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code demo}: serves the bundled sample site on a loopback port, harvests every year its
 * year filter offers (publications, and that year's most-read list) into the configured warehouse,
 * and prints what it loaded. Works offline. Run again after it was cut short, it harvests only what has no
 * completed run yet; run again after a whole demo, it harvests everything again.
 */
final class DemoCommand implements Command {

    private static final String BASE_URL_PROPERTY = "--pubharvest.sites.amazon-science.base-url";
    private static final String JOBS_BASE_URL_PROPERTY = "--pubharvest.sites.amazon-jobs.base-url";

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly();
        arguments.requirePositional(0, "no arguments besides options");
        try (SampleSiteServer server = SampleSiteServer.start(SampleSite.bundled())) {
            List<String> properties = new ArrayList<>(arguments.properties());
            addUnlessGiven(properties, BASE_URL_PROPERTY, server.baseUrlOf("www.amazon.science"));
            addUnlessGiven(properties, JOBS_BASE_URL_PROPERTY, server.baseUrlOf("www.amazon.jobs"));
            // The sample site is our own server on loopback: no need to pause between requests, whatever
            // the Crawl-delay its robots.txt (a copy of a real site's) asks of crawlers.
            addUnlessGiven(properties, "--pubharvest.fetch.min-delay", "0");
            addUnlessGiven(properties, "--pubharvest.fetch.max-crawl-delay", "0");
            out.println("demo: serving the sample site at " + server.baseUrlOf("www.amazon.science"));
            try (GracefulStop gracefulStop = GracefulStop.install();
                 ConfigurableApplicationContext context = Applications.harvest(properties)) {
                HarvestLauncher launcher = context.getBean(HarvestLauncher.class);
                gracefulStop.onSignalRun(launcher::stopRunning);
                // Publications and that year's most-read list year by year; jobs do not page by year, so they run once.
                List<HarvestScope> scopes = new ArrayList<>();
                offeredYears(context).forEach(year -> scopes.add(Sources.yearly(context, year)));
                Sources.yearless(context).ifPresent(scopes::add);
                // A demo cut short (killed, stopped, the database gone) continues where it was, as a backfill does;
                // after a whole demo, another one harvests everything again (and finds it unchanged).
                boolean continuing = scopes.stream().anyMatch(scope -> launcher.completedRun(scope).isEmpty());
                boolean allCompleted = true;
                for (HarvestScope scope : scopes) {
                    RunReport report = harvest(launcher, scope, continuing, out);
                    if (report.status() == BatchStatus.STOPPED) {
                        return Cli.FAILED; // stopped by a signal: the rest waits for the next run
                    }
                    allCompleted &= report.completed();
                }
                printWarehouse(context.getBean(JdbcClient.class), out);
                return allCompleted ? Cli.OK : Cli.FAILED;
            }
        }
    }

    private static void addUnlessGiven(List<String> properties, String name, String value) {
        if (properties.stream().noneMatch(property -> property.startsWith(name + "="))) {
            properties.add(name + "=" + value);
        }
    }

    /** Harvests the scope, unless a demo is being continued and the scope's newest run completed (its summary then). */
    private static RunReport harvest(HarvestLauncher launcher, HarvestScope scope, boolean continuing, PrintStream out) {
        Optional<JobExecution> completed = continuing ? launcher.completedRun(scope) : Optional.empty();
        if (completed.isPresent()) {
            RunReport done = RunReport.of(scope, completed.get());
            out.println(done.line() + " (done before, not harvested again)");
            return done;
        }
        RunReport report = launcher.harvest(scope);
        out.println(report.line());
        return report;
    }

    /** The years the site's year filter offers, oldest first. */
    private static TreeSet<Integer> offeredYears(ConfigurableApplicationContext context) {
        SiteProfile profile = context.getBean(SiteProfile.class);
        FetchResult start = context.getBean(PageFetcher.class)
                .fetch(PageRequest.unconditional(profile.publicationListing().startUrl()));
        if (!(start instanceof FetchResult.Fetched fetched)) {
            throw new CommandFailedException("the sample site did not serve its start page: " + start);
        }
        TreeSet<Integer> years = new TreeSet<>();
        context.getBean(ListingPageParser.class).parse(fetched.page()).yearFilterUrls().keySet()
                .forEach(label -> years.add(Integer.parseInt(label.trim())));
        return years;
    }

    private static void printWarehouse(JdbcClient jdbc, PrintStream out) {
        out.println("demo: the warehouse now holds");
        jdbc.sql("SELECT publication_year, COUNT(*) FROM publication GROUP BY publication_year ORDER BY publication_year")
                .query((rs, row) -> String.format("  %d: %d publications", rs.getInt(1), rs.getInt(2)))
                .list().forEach(out::println);
        jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM publication), (SELECT COUNT(*) FROM author),
                               (SELECT COUNT(*) FROM venue), (SELECT COUNT(*) FROM research_area),
                               (SELECT COUNT(*) FROM reject)""")
                .query((rs, row) -> String.format("  total: %d publications, %d authors, %d venues, %d research areas, %d rejects",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list().forEach(out::println);
        jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM job_posting), (SELECT COUNT(*) FROM job_posting WHERE closed_at IS NULL),
                               (SELECT COUNT(*) FROM job_posting WHERE from_detail_page),
                               (SELECT COUNT(*) FROM job_posting WHERE description_truncated)""")
                .query((rs, row) -> String.format("  jobs: %d postings, %d open, %d with a detail page, %d cut short",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list().forEach(out::println);
        jdbc.sql("""
                        SELECT list_year, COUNT(*), COUNT(publication_id) FROM ranking
                        GROUP BY list_year ORDER BY list_year""")
                .query((rs, row) -> String.format("  most read %d: %d entries, %d linked to publications",
                        rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .list().forEach(out::println);
        out.println("demo: try  java -jar config/target/pubharvest.jar query \"select list_year, list_rank, title, venue_acronym, authors from ranked_paper order by list_year, list_rank\"");
        out.println("demo: try  java -jar config/target/pubharvest.jar query \"select title, publication_year from publication order by title\"");
    }
}
