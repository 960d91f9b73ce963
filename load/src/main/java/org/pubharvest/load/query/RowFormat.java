package org.pubharvest.load.query;

import java.io.Writer;

/** How rows are printed: CSV with a header, JSON Lines (one object per row), or an aligned terminal table. */
public enum RowFormat {
    CSV,
    JSON_LINES,
    TABLE;

    RowWriter writer(Writer out) {
        return switch (this) {
            case CSV -> new CsvRowWriter(out);
            case JSON_LINES -> new JsonLinesRowWriter(out);
            case TABLE -> new TableRowWriter(out);
        };
    }
}
