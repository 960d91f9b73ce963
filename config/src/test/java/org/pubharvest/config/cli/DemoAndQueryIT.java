package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first run, in process: {@code demo} into a fresh H2 file, then {@code query}
 * against it as the read-only reporting user.
 */
class DemoAndQueryIT {

    @TempDir
    static Path directory;

    @Test
    void demoLoadsEverySamplePublicationAndQueryIsReadOnly() {
        String database = "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("warehouse");

        CliRun demo = run("demo", database);
        assertThat(demo.exit()).isEqualTo(Cli.OK);
        assertThat(demo.out()).contains("2019: 10 publications", "2020: 16 publications", "2021: 20 publications",
                "total: 46 publications", "jobs: 62 postings, 62 open, 54 with a detail page, 1 cut short");
        // Each year also brings its most-read list and the blog posts the list links (2 + 2 + 3).
        assertThat(demo.out()).contains("year=2019", "discovered=13 loaded=13", "discovered=19 loaded=19",
                "discovered=24 loaded=24", "most read 2019: 10 entries, 10 linked", "most read 2020: 10 entries, 9 linked",
                "most read 2021: 10 entries, 10 linked");

        CliRun ranked = run("query", "select list_rank, venue_acronym, award from ranked_paper where list_year = 2021 "
                + "and award is not null", database);
        assertThat(ranked.exit()).isEqualTo(Cli.OK);
        assertThat(ranked.out()).isEqualTo("list_rank,venue_acronym,award\n1,SOSP,best-paper award\n");

        CliRun count = run("query", "select count(*) as publications from publication", database);
        assertThat(count.exit()).isEqualTo(Cli.OK);
        assertThat(count.out()).isEqualTo("publications\n46\n");

        CliRun write = run("query", "delete from publication", database);
        assertThat(write.exit()).isEqualTo(Cli.FAILED);
        assertThat(write.err()).startsWith("pubharvest: query failed: ");
        assertThat(run("query", "select count(*) from publication", database).out()).endsWith("\n46\n");

        CliRun runaway = run("query", "select count(*) from publication a, publication b, publication c, publication d, "
                + "system_range(1, 100000) e", "--timeout=1s", database);
        assertThat(runaway.exit()).isEqualTo(Cli.FAILED);
        assertThat(runaway.err()).isEqualTo("pubharvest: query: the statement ran longer than 1s and the database "
                + "cancelled it (--timeout gives it longer)" + System.lineSeparator());
        assertThat(run("query", "select 1", "--timeout=soon", database).exit()).isEqualTo(Cli.USAGE);
        CliRun firstTwo = run("query", "select list_rank from ranked_paper where list_year = 2021 order by list_rank",
                "--format=table", "--max-rows=2", database);
        assertThat(firstTwo.out()).isEqualTo("""
                list_rank
                ---------
                        1
                        2
                (the first 2 rows; there are more: raise --max-rows, or use --format=csv)
                """);

        CliRun again = run("demo", database);
        assertThat(again.exit()).isEqualTo(Cli.OK);
        assertThat(again.out()).contains("unchanged=13", "unchanged=19", "unchanged=24", "total: 46 publications",
                "unchanged=59", "jobs: 62 postings, 62 open");
    }

    @Test
    void queryOfAWarehouseThatDoesNotExistSaysSo() {
        CliRun query = run("query", "select 1", "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("nothing-here"));

        assertThat(query.exit()).isEqualTo(Cli.FAILED);
        assertThat(query.err()).startsWith("pubharvest: no warehouse at jdbc:h2:file:");
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
