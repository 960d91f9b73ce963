package org.pubharvest.load.query;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Column values read the same way whatever the database: H2 and PostgreSQL drivers hand back
 * different Java types for the same SQL type (a PostgreSQL {@code timestamptz} arrives as a
 * {@code java.sql.Timestamp} in the JVM's zone), so each value is read by its SQL type into a
 * Boolean, Long, Double, BigDecimal or String, with dates and timestamps in ISO 8601
 * (timestamps with a time zone in UTC) and binary values in Base64.
 */
public final class ColumnValues {

    private final ResultSet rows;
    private final int[] types;
    private final String[] typeNames;
    private final List<String> labels;

    private ColumnValues(ResultSet rows) throws SQLException {
        this.rows = rows;
        ResultSetMetaData meta = rows.getMetaData();
        int columns = meta.getColumnCount();
        this.types = new int[columns + 1];
        this.typeNames = new String[columns + 1];
        List<String> names = new ArrayList<>(columns);
        for (int column = 1; column <= columns; column++) {
            types[column] = meta.getColumnType(column);
            typeNames[column] = meta.getColumnTypeName(column);
            // Lower case, as the two databases fold unquoted names differently.
            names.add(meta.getColumnLabel(column).toLowerCase(Locale.ROOT));
        }
        this.labels = List.copyOf(names);
    }

    /** Reads the columns of this result set (its metadata is looked at once). */
    public static ColumnValues of(ResultSet rows) throws SQLException {
        return new ColumnValues(rows);
    }

    /** The column labels, lower case, in order. */
    public List<String> labels() {
        return labels;
    }

    /** The current row's values, in column order. */
    public Object[] row() throws SQLException {
        Object[] values = new Object[labels.size()];
        for (int column = 1; column <= values.length; column++) {
            values[column - 1] = read(column);
        }
        return values;
    }

    private Object read(int column) throws SQLException {
        Object value = switch (types[column]) {
            case Types.BOOLEAN, Types.BIT -> rows.getBoolean(column);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> rows.getLong(column);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> rows.getDouble(column);
            case Types.NUMERIC, Types.DECIMAL -> rows.getBigDecimal(column);
            case Types.DATE -> text(rows.getObject(column, LocalDate.class));
            case Types.TIMESTAMP_WITH_TIMEZONE -> utc(rows.getObject(column, OffsetDateTime.class));
            case Types.TIMESTAMP -> "timestamptz".equalsIgnoreCase(typeNames[column])
                    ? utc(rows.getObject(column, OffsetDateTime.class))
                    : text(rows.getObject(column, LocalDateTime.class));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> base64(rows.getBytes(column));
            default -> rows.getString(column);
        };
        return rows.wasNull() ? null : value;
    }

    /** A value as text: what CSV and the table print. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }
}
