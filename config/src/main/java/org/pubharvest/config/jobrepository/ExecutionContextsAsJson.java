package org.pubharvest.config.jobrepository;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.Context;
import org.pubharvest.load.schema.NamedJavaMigration;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.dao.JacksonExecutionContextStringSerializer;

/**
 * Migration V13: every job and step execution context that an older version stored with Java
 * serialization is read once (under {@link JavaSerializedContext}'s allow list) and written back as
 * JSON, as Spring Batch's JDBC DAO writes it. Row by row, and only rows that are still Java-serialized:
 * a run cut off halfway (killed, on H2 where nothing of it may have been rolled back) is finished by the
 * next start.
 */
final class ExecutionContextsAsJson extends NamedJavaMigration {

    /** Spring Batch's SHORT_CONTEXT column length; a longer context is kept whole in SERIALIZED_CONTEXT. */
    private static final int SHORT_CONTEXT_LENGTH = 2500;

    private final ExecutionContextSerializer json = new JacksonExecutionContextStringSerializer();

    ExecutionContextsAsJson() {
        super("13", "execution contexts as json");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        rewrite(connection, "BATCH_JOB_EXECUTION_CONTEXT", "JOB_EXECUTION_ID");
        rewrite(connection, "BATCH_STEP_EXECUTION_CONTEXT", "STEP_EXECUTION_ID");
    }

    private void rewrite(Connection connection, String table, String key) throws SQLException {
        for (long id : javaSerializedRows(connection, table, key)) {
            String stored = storedContext(connection, table, key, id);
            Map<String, Object> values = JavaSerializedContext.read(stored, table + " row " + key + " = " + id);
            String written = serialize(values);
            boolean fitsShort = written.length() <= SHORT_CONTEXT_LENGTH;
            String shortContext = fitsShort ? written : written.substring(0, SHORT_CONTEXT_LENGTH - 8) + " ...";
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                    + " SET SHORT_CONTEXT = ?, SERIALIZED_CONTEXT = ? WHERE " + key + " = ?")) {
                update.setString(1, shortContext);
                update.setString(2, fitsShort ? null : written);
                update.setLong(3, id);
                update.executeUpdate();
            }
        }
    }

    private static List<Long> javaSerializedRows(Connection connection, String table, String key) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + key + " FROM " + table
                + " WHERE SHORT_CONTEXT LIKE ? ORDER BY " + key)) {
            select.setString(1, JavaSerializedContext.MARK + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The whole context: SERIALIZED_CONTEXT when it was too long for SHORT_CONTEXT, else SHORT_CONTEXT. */
    private static String storedContext(Connection connection, String table, String key, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT SHORT_CONTEXT, SERIALIZED_CONTEXT FROM "
                + table + " WHERE " + key + " = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                String serialized = row.getString(2);
                return serialized != null ? serialized : row.getString(1);
            }
        }
    }

    private String serialize(Map<String, Object> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            json.serialize(values, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an execution context as JSON", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
