package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pubharvest.ingest.samplesite.SampleSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a user meets it: exit codes, one-line errors, and what extract prints. */
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                               | no command given; try --help
            frobnicate                       | unknown command 'frobnicate' (commands: harvest, serve, worker, backfill, status, demo, extract, query, export, report, sample-site, bench, reprocess)
            harvest extra                    | 'harvest' takes no arguments besides options, got 1 argument(s): extra
            backfill --to=2021               | 'backfill' needs --from=...
            backfill --from=2021 --to=2019   | --from must not be after --to, got --from=2021 --to=2019
            backfill --from=2019 --to=2021 --year=2020 | unknown option --year for 'backfill' (it takes --force, --from, --to)
            status latest                    | 'status' takes a run id (a whole number), got 'latest'
            status 1 2                       | 'status' takes at most one run id, got 2 argument(s): 1 2
            serve --now                      | unknown option --now for 'serve' (it takes none)
            harvest --year=twenty            | --year must be a whole number, got 'twenty'
            harvest --year=1066              | --year must be between 1990 and 2100, got 1066
            harvest --year=2021 --yaer=2020  | unknown option --yaer for 'harvest' (it takes --embedded-broker, --full, --partitions, --what, --year)
            harvest --partitions=0           | --partitions must be between 1 and 10000, got 0
            worker --threads=2               | unknown option --threads for 'worker' (it takes --name)
            harvest --year=2021 --year=2020  | option --year is given twice
            demo --fast                      | unknown option --fast for 'demo' (it takes none)
            extract page.html                | 'extract' needs --url=...
            extract --url=https://www.amazon.science/publications/x | 'extract' takes one saved page file, none given
            extract missing.html --url=https://www.amazon.science/publications/x | no such file: missing.html
            extract a.html --url=ftp://example.org/x | --url must be an http(s) url, got 'ftp://example.org/x'
            query                            | 'query' takes one SQL statement (in quotes), none given
            query select --format=xml        | --format must be one of csv, json, table, got 'xml'
            query select --csv               | unknown option --csv for 'query' (it takes --format, --max-rows, --timeout)
            query select --timeout=soon      | --timeout must be a duration such as 30s or 5m, got 'soon'
            query select --timeout=10ms      | --timeout must be at least 1000ms, got 10ms
            query select --max-rows=0        | --max-rows must be between 1 and 100000000, got 0
            export --out=rows.csv            | 'export' needs --table=...
            export --table=publication       | 'export' needs --out=...
            export --table=publication --out=x.json --format=json | --format must be one of csv, jsonl, got 'json'
            export --table=publication --out=no-such-directory/x.csv | --out names a file in a directory that does not exist: NO_SUCH_DIRECTORY
            export publication --out=x.csv   | 'export' takes no arguments besides options, got 1 argument(s): publication
            sample-site --out=site           | 'sample-site' needs --pages=...
            sample-site --pages=10           | 'sample-site' needs --out=...
            sample-site --pages=0 --out=site | --pages must be between 1 and 1000000, got 0
            sample-site --pages=ten --out=site | --pages must be a whole number, got 'ten'
            sample-site --pages=10 --out=site --size=2 | unknown option --size for 'sample-site' (it takes --out, --pages, --seed)
            bench                            | 'bench' needs --pages=...
            reprocess extra                  | 'reprocess' takes no arguments besides options, got 1 argument(s): extra
            reprocess --since=yesterday      | --since must be a date as YYYY-MM-DD, got 'yesterday'
            reprocess --since=2026-13-01     | --since must be a date as YYYY-MM-DD, got '2026-13-01'
            reprocess --kind                 | 'reprocess' needs --kind=...
            reprocess --kind=publication --fetch | unknown option --fetch for 'reprocess' (it takes --kind, --since)
            bench --pages=10 --fast          | unknown option --fast for 'bench' (it takes --compare-scrapy, --harvest-jvm-options, --pages, --work)
            """)
    void aWrongCommandLineGetsOneLineAndExitTwo(String commandLine, String message) {
        int exit = cli.run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

        assertThat(exit).isEqualTo(Cli.USAGE);
        String expected = message.replace("NO_SUCH_DIRECTORY", Path.of("no-such-directory").toAbsolutePath().toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("pubharvest: " + expected + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void aWarehouseThatCannotBeReachedIsOneLineAndItsStackOnlyWithDebug() {
        String[] status = {"status", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/pubharvest"};

        assertThat(cli.run(status)).isEqualTo(Cli.FAILED);
        String line = err.toString(StandardCharsets.UTF_8);
        assertThat(line.lines().toList()).singleElement().asString().startsWith("pubharvest: status failed: ");
        err.reset();

        assertThat(cli.run(status[0], status[1], "--debug")).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(line).contains("\tat org.postgresql.");
        assertThat(out.size()).isZero();
    }

    @Test
    void distributedModeRefusesAnH2WarehouseInOneLine() {
        assertThat(cli.run("harvest", "--partitions=2", "--spring.datasource.url=jdbc:h2:mem:cli-distributed")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("worker", "--name=w1", "--spring.datasource.url=jdbc:h2:mem:cli-distributed")).isEqualTo(Cli.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line)
                .isEqualTo("pubharvest: distributed mode needs a PostgreSQL warehouse that every machine reaches "
                        + "(--spring.profiles.active=postgres and --spring.datasource.url=jdbc:postgresql://...): "
                        + "an H2 file is one process's"));
    }

    @Test
    void aWorkerNameThatCannotNameFilesIsAUsageError() {
        assertThat(cli.run("worker", "--name=Worker One")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("harvest", "--embedded-broker")).isEqualTo(Cli.USAGE);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(cli.run("--help")).isEqualTo(Cli.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("harvest [--year=YYYY]", "serve", "backfill --from=YYYY --to=YYYY [--force]",
                "status [RUN]", "demo", "extract", "query", "export --table=T");
    }

    @Test
    void extractPrintsOnePublicationAsJsonAndNothingElse(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("shardstore.html");
        Files.write(page, SampleSite.bundled().read(
                "www.amazon.science/publications/using-lightweight-formal-methods-to-validate-a-key-value-storage-node-in-amazon-s3.html"));

        int exit = cli.run("extract", page.toString(), "--url=https://www.amazon.science/publications/"
                + "using-lightweight-formal-methods-to-validate-a-key-value-storage-node-in-amazon-s3");

        assertThat(exit).isEqualTo(Cli.OK);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(1);
        JsonNode record = JsonMapper.builder().build().readTree(printed);
        assertThat(record.propertyNames()).containsExactly("type", "url", "title", "authors", "venue", "venueAcronym",
                "year", "date", "researchAreas", "abstract", "pdfUrl", "doi", "publisher", "volume", "issue",
                "firstPage", "issn", "language");
        assertThat(record.get("type").asString()).isEqualTo("publication");
        assertThat(record.get("title").asString())
                .isEqualTo("Using lightweight formal methods to validate a key-value storage node in Amazon S3");
        assertThat(record.get("authors").get(0).asString()).isEqualTo("James Bornholt");
        assertThat(record.get("authors")).hasSize(12);
        assertThat(record.get("venueAcronym").asString()).isEqualTo("SOSP");
        assertThat(record.get("venue").asString()).isEqualTo("ACM Symposium on Operating Systems Principles");
        assertThat(record.get("year").asInt()).isEqualTo(2021);
        assertThat(record.get("doi").asString()).isEqualTo("10.1145/3477132.3483540");
        assertThat(record.get("abstract").asString()).startsWith("This paper reports our experience");
    }

    @Test
    void extractOfAPageThatHoldsNoRecordsPrintsNothingAndSucceeds(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("listing.html");
        Files.write(page, SampleSite.bundled().read("www.amazon.science/publications/index.html"));

        int exit = cli.run("extract", page.toString(), "--url=https://www.amazon.science/publications");

        assertThat(exit).isEqualTo(Cli.OK);
        assertThat(out.size()).isZero();
        assertThat(err.size()).isZero();
    }

    @Test
    void extractExplainSaysWhereEachFieldWasRead(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("page.html");
        Files.writeString(page, """
                <html><head><title>Sparse adapters | Journal of Examples</title>
                <meta name="DC.contributor" content="Ada Lovelace">
                <meta property="citation_doi" content="10.1234/example.1">
                <meta itemprop="datePublished" content="2022-03-12"></head>
                <body><p>DOI: 10.1234/example.1</p></body></html>""");

        int exit = cli.run("extract", page.toString(), "--url=https://journal.example.org/article/1", "--explain");

        assertThat(exit).isEqualTo(Cli.OK);
        JsonNode record = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(record.get("title").asString()).isEqualTo("Sparse adapters");
        assertThat(record.get("authors").get(0).asString()).isEqualTo("Ada Lovelace");
        assertThat(record.get("date").asString()).isEqualTo("2022-03-12");
        assertThat(record.get("venue").asString()).isEqualTo("Journal of Examples");
        JsonNode sources = record.get("sources");
        assertThat(sources.get("title").asString()).isEqualTo("title-element");
        assertThat(sources.get("authors").asString()).isEqualTo("dc.contributor");
        assertThat(sources.get("doi").asString()).isEqualTo("citation_doi");
        assertThat(sources.get("date").asString()).isEqualTo("datepublished");
        assertThat(sources.get("venue").asString()).isEqualTo("site-name:title-element");
    }

    @Test
    void extractPrintsTheJobPostingsOfACareersListingPageOnceEach(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("careers.html");
        Files.write(page, SampleSite.bundled().read("www.amazon.science/careers/index.html"));

        int exit = cli.run("extract", page.toString(), "--url=https://www.amazon.science/careers");

        assertThat(exit).isEqualTo(Cli.OK);
        List<JsonNode> records = out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> JsonMapper.builder().build().readTree(line)).toList();
        // 16 cards, the robotics posting twice
        assertThat(records).hasSize(15);
        assertThat(records.get(0).propertyNames()).containsExactly("type", "url", "jobId", "title", "country", "region",
                "city", "team", "postedDate", "description");
        JsonNode robotics = records.stream().filter(r -> r.get("jobId").asString().equals("3021968")).findFirst().orElseThrow();
        assertThat(robotics.get("type").asString()).isEqualTo("job");
        assertThat(robotics.get("url").asString())
                .isEqualTo("https://www.amazon.jobs/en/jobs/3021968/applied-scientist-frontier-ai-robotics");
        assertThat(robotics.get("title").asString()).isEqualTo("Applied Scientist, Frontier AI & Robotics");
        assertThat(robotics.get("country").asString()).isEqualTo("US");
        assertThat(robotics.get("region").asString()).isEqualTo("CA");
        assertThat(robotics.get("city").asString()).isEqualTo("San Francisco");
        assertThat(robotics.get("team").asString()).isEqualTo("Frontier AI & Robotics");
        assertThat(robotics.get("postedDate").asString()).isEqualTo("2026-03-04");
        assertThat(robotics.get("description").asString()).startsWith("Join the next revolution in robotics");
    }

    @Test
    void extractPrintsTheJobPostingOfADetailPage(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("detail.html");
        Files.write(page, SampleSite.bundled().read("www.amazon.jobs/en/jobs/5000262/data-scientist-computer-vision-israel.html"));

        int exit = cli.run("extract", page.toString(), "--url=https://www.amazon.jobs/en/jobs/5000262/data-scientist-computer-vision-israel");

        assertThat(exit).isEqualTo(Cli.OK);
        JsonNode record = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(record.get("jobId").asString()).isEqualTo("5000262");
        assertThat(record.get("country").asString()).isEqualTo("IL");
        assertThat(record.get("region").asString()).isEqualTo("Tel Aviv");
        assertThat(record.get("city").asString()).isEqualTo("Tel Aviv-Yafo");
        assertThat(record.get("team").asString()).isEqualTo("Computer Vision Israel");
    }

    @Test
    void extractPrintsOneRankingRecordPerEntryOfAMostReadList(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("most-read-2021.html");
        Files.write(page, SampleSite.bundled().read(
                "www.amazon.science/latest-news/the-10-most-read-research-papers-of-2021.html"));

        int exit = cli.run("extract", page.toString(),
                "--url=https://www.amazon.science/latest-news/the-10-most-read-research-papers-of-2021");

        assertThat(exit).isEqualTo(Cli.OK);
        JsonMapper json = JsonMapper.builder().build();
        java.util.List<JsonNode> records = out.toString(StandardCharsets.UTF_8).lines().map(json::readTree)
                .filter(record -> record.get("type").asString().equals("ranking")).toList();
        assertThat(records).hasSize(10);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.propertyNames()).containsExactly("type", "listYear", "rank", "title", "abstract", "blogUrl",
                    "publicationUrl");
            assertThat(record.get("type").asString()).isEqualTo("ranking");
            assertThat(record.get("listYear").asInt()).isEqualTo(2021);
        });
        assertThat(records).extracting(record -> record.get("rank").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(records.get(0).get("blogUrl").asString())
                .isEqualTo("https://www.amazon.science/blog/lightweight-formal-methods-for-validating-new-s3-data-storage-service");
        assertThat(records.get(0).get("publicationUrl").isNull()).isTrue();
        assertThat(records.get(7).get("title").asString()).startsWith("CTR-BERT");
        assertThat(records.get(6).get("abstract").asString()).startsWith("Since 2015, Amazon has reduced").doesNotEndWith("\"");
    }
}
