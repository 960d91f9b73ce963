package org.pubharvest.load.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Copies a result set to a {@link RowWriter} row by row, holding one row at a time. */
final class ResultRows {

    private ResultRows() {
    }

    /** Copies at most {@code maxRows} rows (0: all of them), and tells whether there were more. */
    static ReadOnlyQuery.QueryResult copy(ResultSet rows, RowWriter writer, long maxRows) throws SQLException {
        try {
            ColumnValues values = ColumnValues.of(rows);
            writer.header(values.labels());
            long count = 0;
            boolean more = false;
            while (rows.next()) {
                if (maxRows > 0 && count == maxRows) {
                    more = true;
                    break;
                }
                writer.row(values.row());
                count++;
            }
            writer.finish();
            return new ReadOnlyQuery.QueryResult(count, more);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
