package org.pubharvest.load.query;

import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Runs one SQL statement on a connection that the database itself keeps read-only, and prints
 * the result in a {@link RowFormat}. Nothing here parses SQL: a statement that would write is
 * refused by the database (the reporting user may only read; the connection is read-only).
 */
public final class ReadOnlyQuery {

    static final int FETCH_SIZE = 500;

    private ReadOnlyQuery() {
    }

    /** @return the number of rows printed */
    public static long run(Connection connection, String sql, RowFormat format, Writer out) throws SQLException {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(format, "format");
        readOnlyTransaction(connection);
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            if (!statement.execute(sql)) {
                throw new SQLException("the statement returned no rows to print");
            }
            try (ResultSet rows = statement.getResultSet()) {
                return ResultRows.copy(rows, format.writer(out));
            }
        } finally {
            connection.rollback();
        }
    }

    /**
     * A read-only transaction, not autocommit: PostgreSQL's driver sends the read-only flag
     * ({@code BEGIN READ ONLY}) and streams rows by a cursor only outside autocommit. The caller's
     * statement commits nothing: the transaction is rolled back at the end.
     */
    static void readOnlyTransaction(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
    }
}
