package org.pubharvest.load.query;

import java.io.IOException;
import java.util.List;

/** Prints a result's rows in one {@link RowFormat}; values come from {@link ColumnValues}. */
interface RowWriter {

    void header(List<String> columns) throws IOException;

    void row(Object[] values) throws IOException;

    /** After the last row; flushes. */
    void finish() throws IOException;
}
