package org.pubharvest.config.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import org.pubharvest.load.query.RowFormat;
import org.pubharvest.load.query.TableExport;

/**
 * {@code export --table=<name> [--format=csv|jsonl] --out=<file>}: a whole table or view to a
 * file, streamed in constant memory, as the read-only reporting user. The file appears only when
 * the export is complete: rows go to a temporary file beside it, moved into place at the end.
 */
final class ExportCommand implements Command {

    private static final Map<String, RowFormat> FORMATS = Map.of("csv", RowFormat.CSV, "jsonl", RowFormat.JSON_LINES);

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("table", "format", "out");
        arguments.requirePositional(0, "no arguments besides options");
        String table = arguments.required("table");
        RowFormat format = arguments.choice("format", FORMATS, "csv");
        Path target = Path.of(arguments.required("out")).toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            throw new UsageException("--out names a file in a directory that does not exist: " + target.getParent());
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("--out names a directory, not a file: " + target);
        }
        ReportingConnection reporting = ReportingConnection.from(arguments.properties());
        try (Connection connection = reporting.open()) {
            String name = resolve(connection, table);
            long rows = write(connection, name, format, target);
            out.println("export: " + rows + " rows of " + name.toLowerCase(Locale.ROOT) + " to " + target);
            return Cli.OK;
        } catch (SQLException e) {
            throw reporting.failure("export", e);
        }
    }

    private static String resolve(Connection connection, String table) throws SQLException {
        try {
            return TableExport.resolve(connection, table);
        } catch (TableExport.UnknownTableException e) {
            throw new UsageException("--table: " + e.getMessage());
        }
    }

    private static long write(Connection connection, String name, RowFormat format, Path target) throws SQLException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            long rows;
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
                rows = TableExport.export(connection, name, format, writer);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // Only a failed export leaves it; the failure is what gets reported.
            }
        }
    }
}
