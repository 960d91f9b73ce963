package org.pubharvest.load.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Copies a result set to a {@link RowWriter} row by row, holding one row at a time. */
final class ResultRows {

    private ResultRows() {
    }

    /** @return the number of rows copied */
    static long copy(ResultSet rows, RowWriter writer) throws SQLException {
        try {
            ColumnValues values = ColumnValues.of(rows);
            writer.header(values.labels());
            long count = 0;
            while (rows.next()) {
                writer.row(values.row());
                count++;
            }
            writer.finish();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
