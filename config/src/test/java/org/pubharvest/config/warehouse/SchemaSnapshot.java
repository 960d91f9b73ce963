package org.pubharvest.config.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.pubharvest.config.support.H2Owner;

/**
 * Everything a migration makes or keeps, as text to compare: columns with their types and
 * nullability, indexes, views with their definitions, sequences, the schema history (version,
 * checksum, success; not when or how long) and every row of every table.
 */
final class SchemaSnapshot {

    private static final String HISTORY = "flyway_schema_history";
    /**
     * What differs between two warehouses by nature, not by what was migrated: each makes its own random
     * archive id, which names the WARC file its bodies moved to, and where a record lands in that file
     * depends on how its random record id compresses. Their presence is compared, not their values.
     */
    private static final Set<String> OWN_TO_EACH_WAREHOUSE = Set.of(
            "page_archive.id", "page.warc_file", "page.warc_offset", "page.warc_length");

    private SchemaSnapshot() {
    }

    static Map<String, List<String>> of(String url, String user) {
        try (Connection connection = DriverManager.getConnection(url, user, H2Owner.password(url))) {
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            String schema = h2 ? "PUBLIC" : "public";
            Map<String, List<String>> snapshot = new TreeMap<>();
            snapshot.put("columns", rows(connection, "SELECT table_name, column_name, data_type, is_nullable, column_default"
                    + " FROM information_schema.columns WHERE table_schema = '" + schema + "' AND table_name <> '" + HISTORY + "'"
                    + " ORDER BY table_name, column_name"));
            snapshot.put("indexes", rows(connection, h2
                    ? "SELECT i.table_name, i.index_name, c.column_name, c.ordinal_position FROM information_schema.indexes i"
                            + " JOIN information_schema.index_columns c ON c.index_name = i.index_name AND c.table_name = i.table_name"
                            + " WHERE i.table_schema = 'PUBLIC' AND i.table_name <> '" + HISTORY + "' ORDER BY 1, 2, 4"
                    : "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
                            + " AND tablename <> '" + HISTORY + "' ORDER BY 1, 2"));
            snapshot.put("views", rows(connection, "SELECT table_name, view_definition FROM information_schema.views"
                    + " WHERE table_schema = '" + schema + "' ORDER BY table_name"));
            snapshot.put("sequences", rows(connection, "SELECT sequence_name FROM information_schema.sequences"
                    + " WHERE sequence_schema = '" + schema + "' ORDER BY sequence_name"));
            // The history table itself is Flyway's, made outside any migration; what counts is what it records.
            boolean historyExists = !rows(connection, "SELECT table_name FROM information_schema.tables WHERE table_name = '"
                    + HISTORY + "'").isEmpty();
            snapshot.put("history", historyExists ? rows(connection, "SELECT \"version\", \"description\", \"checksum\","
                    + " \"success\" FROM \"" + HISTORY + "\" ORDER BY \"installed_rank\"") : List.of());
            for (String table : rows(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_type = 'BASE TABLE' AND table_name <> '" + HISTORY + "' ORDER BY table_name")) {
                List<String> contents = rows(connection, "SELECT " + comparedColumns(connection, table) + " FROM " + table);
                contents.sort(null);
                snapshot.put("table " + table, contents);
            }
            return snapshot;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the schema of " + url, e);
        }
    }

    private static String comparedColumns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData metadata = result.getMetaData();
            for (int column = 1; column <= metadata.getColumnCount(); column++) {
                String name = metadata.getColumnName(column);
                boolean own = OWN_TO_EACH_WAREHOUSE.contains((table + "." + name).toLowerCase(Locale.ROOT));
                columns.add(own ? "CASE WHEN " + name + " IS NULL THEN 'null' ELSE 'set' END" : name);
            }
        }
        return String.join(", ", columns);
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.append(column > 1 ? " | " : "").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
