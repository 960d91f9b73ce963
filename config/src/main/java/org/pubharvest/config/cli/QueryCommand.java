package org.pubharvest.config.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.pubharvest.load.query.ReadOnlyQuery;
import org.pubharvest.load.query.RowFormat;

/**
 * {@code query "<SQL>" [--format=csv|table|json]}: one statement, as the read-only reporting user
 * on a read-only connection, printed as CSV (the default), an aligned table, or JSON Lines. The
 * database refuses writes; nothing here inspects the SQL.
 */
final class QueryCommand implements Command {

    private static final Map<String, RowFormat> FORMATS = Map.of(
            "csv", RowFormat.CSV, "table", RowFormat.TABLE, "json", RowFormat.JSON_LINES);

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("format");
        arguments.requirePositional(1, "one SQL statement (in quotes)");
        RowFormat format = arguments.choice("format", FORMATS, "csv");
        ReportingConnection reporting = ReportingConnection.from(arguments.properties());
        try (Connection connection = reporting.open()) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ReadOnlyQuery.run(connection, arguments.positional().get(0), format, writer);
            return Cli.OK;
        } catch (SQLException e) {
            throw reporting.failure("query", e);
        }
    }
}
