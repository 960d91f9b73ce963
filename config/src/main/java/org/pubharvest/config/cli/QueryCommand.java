package org.pubharvest.config.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.pubharvest.load.query.QueryLimits;
import org.pubharvest.load.query.QueryTimeoutException;
import org.pubharvest.load.query.ReadOnlyQuery;
import org.pubharvest.load.query.RowFormat;

/**
 * {@code query "<SQL>" [--format=csv|table|json] [--timeout=5m] [--max-rows=N]}: one statement, as the
 * read-only reporting user on a read-only connection, printed as CSV (the default), an aligned table, or
 * JSON Lines. The database refuses writes; nothing here inspects the SQL. A runaway statement is
 * cancelled by the database after {@code --timeout}; the table, which holds every row to align the
 * columns, prints at most {@value #TABLE_MAX_ROWS} rows unless {@code --max-rows} says otherwise.
 */
final class QueryCommand implements Command {

    static final int TABLE_MAX_ROWS = 10_000;
    private static final int MOST_ROWS = 100_000_000;
    private static final Map<String, RowFormat> FORMATS = Map.of(
            "csv", RowFormat.CSV, "table", RowFormat.TABLE, "json", RowFormat.JSON_LINES);

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("format", "timeout", "max-rows");
        arguments.requirePositional(1, "one SQL statement (in quotes)");
        RowFormat format = arguments.choice("format", FORMATS, "csv");
        QueryLimits limits = limits(arguments, format);
        ReportingConnection reporting = ReportingConnection.from(arguments.properties());
        try (Connection connection = reporting.open()) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ReadOnlyQuery.QueryResult result = ReadOnlyQuery.run(connection, arguments.positional().get(0), format, writer, limits);
            if (result.moreRows() && format == RowFormat.TABLE) {
                out.println("(the first " + result.rows() + " rows; there are more: raise --max-rows, or use --format=csv)");
            }
            return Cli.OK;
        } catch (QueryTimeoutException e) {
            throw new CommandFailedException("query: " + e.getMessage() + " (--timeout gives it longer)");
        } catch (SQLException e) {
            throw reporting.failure("query", e);
        }
    }

    private static QueryLimits limits(Arguments arguments, RowFormat format) {
        Duration timeout = arguments.has("timeout")
                ? arguments.durationOption("timeout", Duration.ofSeconds(1)) : QueryLimits.DEFAULT.timeout();
        long maxRows = arguments.has("max-rows") ? arguments.intOption("max-rows", 1, MOST_ROWS)
                : format == RowFormat.TABLE ? TABLE_MAX_ROWS : QueryLimits.DEFAULT.maxRows();
        return new QueryLimits(timeout, maxRows);
    }
}
