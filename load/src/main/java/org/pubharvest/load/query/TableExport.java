package org.pubharvest.load.query;

import java.io.Writer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A whole table or view streamed to a writer in constant memory: a forward-only, read-only
 * cursor with a fetch size, in a read-only transaction (PostgreSQL's driver streams only outside
 * autocommit), and lazy query execution on H2. The name is looked up among the tables and views
 * the database lists, and only the name the database gives is put into SQL.
 */
public final class TableExport {

    private TableExport() {
    }

    /** @return the number of rows written */
    public static long export(Connection connection, String tableOrView, RowFormat format, Writer out) throws SQLException {
        Objects.requireNonNull(format, "format");
        String name = resolve(connection, tableOrView);
        ReadOnlyQuery.readOnlyTransaction(connection);
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
                // Without it H2 computes the whole result before the first row (spilling to disk).
                statement.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            statement.setFetchSize(ReadOnlyQuery.FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery("SELECT * FROM " + quote + name + quote)) {
                return ResultRows.copy(rows, format.writer(out), 0).rows();
            }
        } finally {
            connection.rollback();
        }
    }

    /**
     * The name of the table or view, as the database spells it, whatever the case it was given in.
     *
     * @throws UnknownTableException when the current schema has no table or view of that name
     */
    public static String resolve(Connection connection, String tableOrView) throws SQLException {
        Objects.requireNonNull(tableOrView, "tableOrView");
        TreeSet<String> known = new TreeSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "VIEW"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (name.equalsIgnoreCase(tableOrView)) {
                    return name;
                }
                known.add(name.toLowerCase(Locale.ROOT));
            }
        }
        throw new UnknownTableException(tableOrView, known);
    }

    /** The name given is no table or view of the warehouse. */
    public static final class UnknownTableException extends IllegalArgumentException {

        UnknownTableException(String name, TreeSet<String> known) {
            super("the warehouse has no table or view '" + name + "' (it has: " + String.join(", ", known) + ")");
        }
    }
}
