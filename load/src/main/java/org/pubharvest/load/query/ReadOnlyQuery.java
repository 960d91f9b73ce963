package org.pubharvest.load.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Runs one SQL statement on a connection that the database itself keeps read-only, and prints
 * the result as CSV (RFC 4180) with a header. Nothing here parses SQL: a statement that would
 * write is refused by the database.
 */
public final class ReadOnlyQuery {

    private ReadOnlyQuery() {
    }

    /** @return the number of rows printed */
    public static long toCsv(Connection connection, String sql, Writer out) throws SQLException {
        Objects.requireNonNull(sql, "sql");
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            if (!statement.execute(sql)) {
                throw new SQLException("the statement returned no rows to print");
            }
            try (ResultSet rows = statement.getResultSet()) {
                return print(rows, out);
            }
        }
    }

    private static long print(ResultSet rows, Writer out) throws SQLException {
        try {
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            for (int c = 1; c <= columns; c++) {
                out.write((c > 1 ? "," : "") + Csv.field(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT)));
            }
            out.write("\n");
            long count = 0;
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    Object value = rows.getObject(c);
                    out.write((c > 1 ? "," : "") + (value == null ? "" : Csv.field(value.toString())));
                }
                out.write("\n");
                count++;
            }
            out.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
