package org.pubharvest.config.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import org.pubharvest.config.report.ReportPage;
import org.pubharvest.config.report.ReportQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code report --out=report.html [--runs=N]}: the morning report ({@link ReportPage}) as one HTML file
 * that opens offline, read as the reporting user like {@code query} (through the holder's port while a
 * harvest holds an H2 file). The file appears only once complete.
 */
final class ReportCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("out", "runs");
        arguments.requirePositional(0, "no arguments besides options");
        Path file = Path.of(arguments.required("out"));
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new UsageException("--out names a file in a directory that does not exist: " + file);
        }
        int runs = arguments.has("runs") ? arguments.intOption("runs", 1, ReportQueries.MOST_RUNS) : ReportQueries.DEFAULT_RUNS;
        ReportingConnection reporting = ReportingConnection.from(arguments.properties());
        String html;
        try (Connection connection = reporting.open()) {
            connection.setReadOnly(true);
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            html = ReportPage.render(new ReportQueries(jdbc, Clock.systemUTC()).read(runs));
        } catch (SQLException e) {
            throw reporting.failure("report", e);
        }
        write(file, html);
        out.println("report: " + file + " (" + runs + " runs at most)");
        return Cli.OK;
    }

    private static void write(Path file, String html) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.writeString(partial, html, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandFailedException("report: cannot write " + file + ": " + e.getMessage());
        }
    }
}
