package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.H2Owner;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.WarehouseSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The README's first run, {@code demo}, into an H2 file and, under the {@code postgres} profile,
 * into a real PostgreSQL server: the same warehouse contents table by table, the same answers from
 * {@code query} and {@code export}, writes refused by the database on both, and {@code reprocess} finding every
 * stored page as the warehouse holds it on both.
 */
class PostgresWarehouseIT {

    @TempDir
    static Path directory;

    private static List<String> h2;
    private static List<String> postgres;

    @BeforeAll
    static void harvestTheSampleSiteIntoBoth() {
        h2 = List.of("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("warehouse"));
        postgres = List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + PostgresServer.newDatabase("warehouse_it"),
                "--spring.datasource.username=" + PostgresServer.SUPERUSER, "--spring.datasource.password=");
        assertThat(run("demo", h2).exit()).isEqualTo(Cli.OK);
        Run demo = run("demo", postgres);
        assertThat(demo.exit()).as(demo.err()).isEqualTo(Cli.OK);
        assertThat(demo.out()).contains("total: 46 publications", "jobs: 62 postings, 62 open",
                "most read 2020: 10 entries, 9 linked");
        // Every stored page of every kind extracted again reads back as the warehouse holds it, on either database.
        for (List<String> database : List.of(h2, postgres)) {
            Run reprocess = run("reprocess", database);
            assertThat(reprocess.out()).as(reprocess.err()).isEqualTo("reprocess kind=all: pages=115 updated=0 "
                    + "unchanged=115 rejects-cleared=0 new-rejects=0 still-rejected=0\n");
        }
    }

    @Test
    void theSameHarvestLeavesTheSameWarehouseOnH2AndPostgres() {
        String h2Url = h2.get(0).substring(h2.get(0).indexOf('=') + 1);
        Map<String, List<String>> onH2 = WarehouseSnapshot.everything(JdbcClient.create(
                new DriverManagerDataSource(h2Url + ";ACCESS_MODE_DATA=r", H2Owner.USER, H2Owner.password(h2Url))));
        Map<String, List<String>> onPostgres = WarehouseSnapshot.everything(JdbcClient.create(
                PostgresServer.get().getDatabase(PostgresServer.SUPERUSER, "warehouse_it")));

        assertThat(onH2.get("publication")).hasSize(46);
        assertThat(onH2.get("job_posting")).hasSize(62);
        assertThat(onPostgres.keySet()).containsExactlyElementsOf(onH2.keySet());
        onH2.forEach((table, rows) -> assertThat(onPostgres.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    @Test
    void anInsertThroughQueryFailsAndChangesNothingOnEither() {
        for (List<String> database : List.of(h2, postgres)) {
            Run insert = run("query", database, "insert into venue (venue_key, name) values ('new', 'New venue')");
            assertThat(insert.exit()).as(insert.err()).isEqualTo(Cli.FAILED);
            assertThat(insert.err()).startsWith("pubharvest: query failed: ")
                    .containsAnyOf("Not enough rights", "read-only transaction", "permission denied");

            Run delete = run("query", database, "delete from publication");
            assertThat(delete.exit()).isEqualTo(Cli.FAILED);

            assertThat(run("query", database, "select count(*) as venues from venue where venue_key = 'new'").out())
                    .isEqualTo("venues\n0\n");
            assertThat(run("query", database, "select count(*) as publications from publication").out())
                    .isEqualTo("publications\n46\n");
        }
    }

    @Test
    void theReportingRoleMayOnlyReadEvenInAReadWriteTransaction() throws Exception {
        try (Connection connection = DriverManager.getConnection(PostgresServer.url("warehouse_it"), "reporting", "reporting");
             Statement statement = connection.createStatement()) {
            statement.execute("SET default_transaction_read_only = off");
            assertThatThrownBy(() -> statement.executeUpdate("insert into venue (venue_key, name) values ('new', 'New venue')"))
                    .hasMessageContaining("permission denied for table venue");
            assertThatThrownBy(() -> statement.execute("create table reporting_scratch (id int)"))
                    .hasMessageContaining("permission denied for schema public");
        }
    }

    @Test
    void queryPrintsTheSameOnEitherInEveryFormat() {
        String sql = "select * from ranked_paper order by list_year, list_rank";
        for (String format : List.of("csv", "json", "table")) {
            Run onH2 = run("query", h2, sql, "--format=" + format);
            Run onPostgres = run("query", postgres, sql, "--format=" + format);

            assertThat(onH2.exit()).isEqualTo(Cli.OK);
            assertThat(onPostgres.out()).as(format).isEqualTo(onH2.out());
            assertThat(onH2.out().lines()).hasSize(format.equals("json") ? 30 : format.equals("table") ? 32 : 31);
        }
    }

    @Test
    void exportWritesTheSameFileFromEither() throws Exception {
        for (String format : List.of("csv", "jsonl")) {
            Path fromH2 = directory.resolve("from-h2." + format);
            Path fromPostgres = directory.resolve("from-postgres." + format);
            Run onH2 = run("export", h2, "--table=JOB_POSTING", "--format=" + format, "--out=" + fromH2);
            Run onPostgres = run("export", postgres, "--table=job_posting", "--format=" + format, "--out=" + fromPostgres);

            assertThat(onH2.exit()).isEqualTo(Cli.OK);
            assertThat(onPostgres.out()).isEqualTo("export: 62 rows of job_posting to " + fromPostgres + "\n");
            // Timestamps differ between the two runs; every other field is the same.
            assertThat(withoutTimestamps(fromPostgres)).containsExactlyInAnyOrderElementsOf(withoutTimestamps(fromH2));
        }
    }

    @Test
    void exportOfATableTheWarehouseDoesNotHaveIsAUsageError() {
        Run export = run("export", postgres, "--table=publication;drop table venue", "--out=" + directory.resolve("x.csv"));

        assertThat(export.exit()).isEqualTo(Cli.USAGE);
        assertThat(export.err()).startsWith("pubharvest: --table: the warehouse has no table or view "
                + "'publication;drop table venue' (it has: author, batch_job_execution,").hasLineCount(1);
        assertThat(directory.resolve("x.csv")).doesNotExist();
        assertThat(run("query", postgres, "select count(*) as venues from venue").out()).isEqualTo("venues\n29\n");
    }

    private static List<String> withoutTimestamps(Path file) throws Exception {
        return Files.readAllLines(file).stream()
                .map(line -> line.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "TIME")).toList();
    }

    private static Run run(String command, List<String> database, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        all.addAll(database);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
