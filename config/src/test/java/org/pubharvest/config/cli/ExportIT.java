package org.pubharvest.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pubharvest.config.support.HarvestProcess;
import org.pubharvest.config.support.PostgresServer;
import org.pubharvest.config.support.WarehouseMigrations;

/**
 * {@code export} of a table larger than the heap of the JVM that runs it: the jar runs in a child
 * JVM with {@value #HEAP} of heap and streams a table of about 150 MB to a file, from H2 and from
 * PostgreSQL. A reader that held the result (PostgreSQL's driver does in autocommit) runs out of memory.
 */
class ExportIT {

    private static final String HEAP = "64m";
    private static final int ROWS = 150_000;
    private static final int FILLER = 1_000;
    private static final Pattern NUMBER = Pattern.compile("^\\{\"n\":(\\d+),\"filler\":\"\\d+:x{" + FILLER + "}\"}$");

    @TempDir
    Path directory;

    @Test
    void exportsAnH2TableLargerThanTheHeap() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("warehouse");
        migrate(url, "sa", "h2");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE export_rows (n BIGINT PRIMARY KEY, filler VARCHAR(2000) NOT NULL)");
            statement.execute("INSERT INTO export_rows SELECT X, CONCAT(X, ':', REPEAT('x', " + FILLER + ")) "
                    + "FROM SYSTEM_RANGE(1, " + ROWS + ")");
        }

        exportInAChildJvmAndCheck(List.of("--spring.datasource.url=" + url));
    }

    @Test
    void exportsAPostgresTableLargerThanTheHeap() throws Exception {
        String url = PostgresServer.newDatabase("export_it");
        migrate(url, PostgresServer.SUPERUSER, "postgresql");
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE export_rows (n BIGINT PRIMARY KEY, filler VARCHAR(2000) NOT NULL)");
            statement.execute("INSERT INTO export_rows SELECT n, n || ':' || REPEAT('x', " + FILLER + ") "
                    + "FROM generate_series(1, " + ROWS + ") AS n");
        }

        exportInAChildJvmAndCheck(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url));
    }

    private void exportInAChildJvmAndCheck(List<String> database) throws Exception {
        Path out = directory.resolve("export_rows.jsonl");
        List<String> args = new ArrayList<>(List.of("export", "--table=export_rows", "--format=jsonl", "--out=" + out));
        args.addAll(database);

        HarvestProcess export = HarvestProcess.start(directory.resolve("export.log"), HEAP, args);

        assertThat(export.awaitExit(Duration.ofMinutes(3))).as(export.log()).isZero();
        assertThat(export.log()).contains("export: " + ROWS + " rows of export_rows to " + out);
        assertThat(Files.size(out)).isGreaterThan(2L * 64 * 1024 * 1024);
        long lines = 0;
        long sum = 0;
        try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher row = NUMBER.matcher(line);
                assertThat(row.matches()).as("line %d", lines + 1).isTrue();
                lines++;
                sum += Long.parseLong(row.group(1));
            }
        }
        // Every row exactly once: as many lines as rows, and their numbers add up to 1 + 2 + ... + ROWS.
        assertThat(lines).isEqualTo(ROWS);
        assertThat(sum).isEqualTo((long) ROWS * (ROWS + 1) / 2);
        assertThat(directory.resolve("export_rows.jsonl.partial")).doesNotExist();
    }

    private static void migrate(String url, String user, String vendor) {
        Flyway.configure().dataSource(url, user, "")
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .placeholders(Map.of("reportingUser", "reporting", "reportingPassword", "reporting"))
                .javaMigrations(WarehouseMigrations.pageBodiesToWarc())
                .load().migrate();
    }
}
