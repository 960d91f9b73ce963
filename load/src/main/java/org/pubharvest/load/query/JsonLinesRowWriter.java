package org.pubharvest.load.query;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON Lines: one object per row, keys the column names in order, numbers and booleans as JSON
 * numbers and booleans, SQL null as null. A streaming generator, so nothing accumulates.
 */
final class JsonLinesRowWriter implements RowWriter {

    /** No separator between root values (Jackson's default is a space): each object ends its own line. */
    private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator((String) null).build();

    private final JsonGenerator json;
    private List<String> columns;

    JsonLinesRowWriter(Writer out) {
        this.json = JSON.createGenerator(ObjectWriteContext.empty(), out);
    }

    @Override
    public void header(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public void row(Object[] values) {
        json.writeStartObject();
        for (int column = 0; column < values.length; column++) {
            json.writeName(columns.get(column));
            write(values[column]);
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }

    private void write(Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number && Double.isFinite(number)) {
            json.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else {
            json.writeString(ColumnValues.text(value));
        }
    }
}
