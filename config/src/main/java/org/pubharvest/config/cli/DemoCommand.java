package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.pubharvest.config.demo.SampleSiteServer;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.RunReport;
import org.pubharvest.ingest.discover.ListingPageParser;
import org.pubharvest.ingest.fetch.FetchResult;
import org.pubharvest.ingest.fetch.PageFetcher;
import org.pubharvest.ingest.fetch.PageRequest;
import org.pubharvest.ingest.samplesite.SampleSite;
import org.pubharvest.ingest.site.SiteProfile;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code demo}: serves the bundled sample site on a loopback port, harvests every year its
 * year filter offers (publications, and that year's most-read list) into the configured warehouse,
 * and prints what it loaded. Works offline.
 */
final class DemoCommand implements Command {

    private static final String BASE_URL_PROPERTY = "--pubharvest.sites.amazon-science.base-url";

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly();
        arguments.requirePositional(0, "no arguments besides options");
        try (SampleSiteServer server = SampleSiteServer.start(SampleSite.bundled())) {
            List<String> properties = new ArrayList<>(arguments.properties());
            if (properties.stream().noneMatch(p -> p.startsWith(BASE_URL_PROPERTY + "="))) {
                properties.add(BASE_URL_PROPERTY + "=" + server.baseUrlOf("www.amazon.science"));
            }
            out.println("demo: serving the sample site at " + server.baseUrlOf("www.amazon.science"));
            try (ConfigurableApplicationContext context = Applications.harvest(properties)) {
                boolean allCompleted = true;
                for (int year : offeredYears(context)) {
                    RunReport report = context.getBean(HarvestLauncher.class).harvest(Sources.scope(context, null, year));
                    out.println(report.line());
                    allCompleted &= report.completed();
                }
                printWarehouse(context.getBean(JdbcClient.class), out);
                return allCompleted ? Cli.OK : Cli.FAILED;
            }
        }
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
                        SELECT list_year, COUNT(*), COUNT(publication_id) FROM ranking
                        GROUP BY list_year ORDER BY list_year""")
                .query((rs, row) -> String.format("  most read %d: %d entries, %d linked to publications",
                        rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .list().forEach(out::println);
        out.println("demo: try  java -jar config/target/pubharvest.jar query \"select list_year, list_rank, title, venue_acronym, authors from ranked_paper order by list_year, list_rank\"");
        out.println("demo: try  java -jar config/target/pubharvest.jar query \"select title, publication_year from publication order by title\"");
    }
}
