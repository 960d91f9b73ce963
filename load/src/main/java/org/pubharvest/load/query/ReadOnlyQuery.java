package org.pubharvest.load.query;

import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Runs one SQL statement on a connection that the database itself keeps read-only, and prints
 * the result in a {@link RowFormat}. Nothing here parses SQL: a statement that would write is
 * refused by the database (the reporting user may only read; the connection is read-only).
 */
public final class ReadOnlyQuery {

    static final int FETCH_SIZE = 500;
    /** SQLSTATE 57014, "query canceled", which both H2 and PostgreSQL give for a statement past its timeout. */
    private static final String QUERY_CANCELLED = "57014";

    private ReadOnlyQuery() {
    }

    /**
     * Runs the statement within the limits: the database cancels it once it has run for the timeout
     * ({@link QueryTimeoutException}), and at most {@code maxRows} rows are printed.
     */
    public static QueryResult run(Connection connection, String sql, RowFormat format, Writer out, QueryLimits limits)
            throws SQLException {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(format, "format");
        readOnlyTransaction(connection);
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setQueryTimeout(limits.timeoutSeconds());
            if (!statement.execute(sql)) {
                throw new SQLException("the statement returned no rows to print");
            }
            try (ResultSet rows = statement.getResultSet()) {
                return ResultRows.copy(rows, format.writer(out), limits.maxRows());
            }
        } catch (SQLException e) {
            if (QUERY_CANCELLED.equals(e.getSQLState()) || e instanceof SQLTimeoutException) {
                throw new QueryTimeoutException(limits.timeout(), e);
            }
            throw e;
        } finally {
            connection.rollback();
        }
    }

    /** How many rows were printed, and whether the limit left more unprinted. */
    public record QueryResult(long rows, boolean moreRows) {
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
