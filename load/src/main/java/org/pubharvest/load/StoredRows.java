package org.pubharvest.load;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.pubharvest.load.query.ColumnValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows as one text, values read the same way on H2 and PostgreSQL: what a page's records look like in
 * the warehouse, so that two readings (before and after a load) can be compared. Queries leave out the
 * timestamps a load moves anyway and order their rows.
 */
public final class StoredRows {

    private StoredRows() {
    }

    public static String of(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params)
                .query((rs, row) -> Arrays.stream(ColumnValues.of(rs).row()).map(ColumnValues::text)
                        .collect(Collectors.joining(" | ")))
                .list().stream().collect(Collectors.joining("\n"));
    }
}
