package org.pubharvest.load.query;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV with a header line; null is an empty field. */
final class CsvRowWriter implements RowWriter {

    private final Writer out;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) throws IOException {
        line(columns.toArray());
    }

    @Override
    public void row(Object[] values) throws IOException {
        line(values);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(Object[] values) throws IOException {
        for (int column = 0; column < values.length; column++) {
            if (column > 0) {
                out.write(',');
            }
            if (values[column] != null) {
                out.write(Csv.field(ColumnValues.text(values[column])));
            }
        }
        out.write('\n');
    }
}
