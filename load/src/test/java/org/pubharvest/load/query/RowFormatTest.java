package org.pubharvest.load.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each format prints for values of every kind, from a real (in-memory H2) result set. */
class RowFormatTest {

    private static final String EVERY_KIND = """
            SELECT 7 AS n, 'a,"b"' AS text, CAST(NULL AS VARCHAR) AS nothing, TRUE AS flag, DATE '2021-10-26' AS published,
                   TIMESTAMP WITH TIME ZONE '2021-10-26 10:00:00+02:00' AS at, CAST(0.5 AS DOUBLE PRECISION) AS score,
                   X'CAFE' AS bytes""";

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:row-format-test", "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndLeavesNullEmpty() throws SQLException {
        assertThat(print(EVERY_KIND, RowFormat.CSV)).isEqualTo("""
                n,text,nothing,flag,published,at,score,bytes
                7,\"a,\"\"b\"\"\",,true,2021-10-26,2021-10-26T08:00Z,0.5,yv4=
                """);
    }

    @Test
    void jsonLinesKeepNumbersBooleansAndNull() throws SQLException {
        assertThat(print(EVERY_KIND, RowFormat.JSON_LINES)).isEqualTo("""
                {"n":7,"text":"a,\\"b\\"","nothing":null,"flag":true,"published":"2021-10-26","at":"2021-10-26T08:00Z","score":0.5,"bytes":"yv4="}
                """);
    }

    @Test
    void aTableAlignsColumnsNumbersToTheRightAndKeepsEachRowOnOneLine() throws SQLException {
        String printed = print("""
                SELECT * FROM (VALUES (1, 'short'), (120, 'two' || CHAR(10) || 'lines'), (3, REPEAT('y', 100))) AS t(n, word)
                ORDER BY n""", RowFormat.TABLE);

        assertThat(printed).isEqualTo("""
                n    word
                ---  --------------------------------------------------------------------------------
                  1  short
                  3  %s…
                120  two lines
                """.formatted("y".repeat(79)));
    }

    @Test
    void aWriteIsRefusedByAReadOnlyUser() throws SQLException {
        connection.createStatement().execute("CREATE TABLE item (id INT)");
        connection.createStatement().execute("CREATE USER IF NOT EXISTS reader PASSWORD 'reader'");
        connection.createStatement().execute("GRANT SELECT ON SCHEMA PUBLIC TO reader");
        try (Connection reader = DriverManager.getConnection("jdbc:h2:mem:row-format-test", "reader", "reader")) {
            assertThatThrownBy(() ->
                    ReadOnlyQuery.run(reader, "INSERT INTO item VALUES (1)", RowFormat.CSV, new StringWriter(), QueryLimits.DEFAULT))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(print("SELECT COUNT(*) AS items FROM item", RowFormat.CSV)).isEqualTo("items\n0\n");
    }

    @Test
    void aStatementPastItsTimeoutIsCancelledByTheDatabase() {
        // A cross join of a generated series with itself: minutes of work, cancelled after one second.
        String endless = "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) a, SYSTEM_RANGE(1, 100000) b";
        long started = System.nanoTime();

        assertThatThrownBy(() -> ReadOnlyQuery.run(connection, endless, RowFormat.CSV, new StringWriter(),
                new QueryLimits(Duration.ofSeconds(1), 0)))
                .isInstanceOf(QueryTimeoutException.class)
                .hasMessage("the statement ran longer than 1s and the database cancelled it");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void maxRowsPrintsThatManyAndSaysThereWereMore() throws SQLException {
        StringWriter out = new StringWriter();

        ReadOnlyQuery.QueryResult result = ReadOnlyQuery.run(connection, "SELECT X AS n FROM SYSTEM_RANGE(1, 5)",
                RowFormat.TABLE, out, new QueryLimits(Duration.ofMinutes(1), 3));

        assertThat(result).isEqualTo(new ReadOnlyQuery.QueryResult(3, true));
        assertThat(out.toString()).isEqualTo("n\n-\n1\n2\n3\n");
        assertThat(ReadOnlyQuery.run(connection, "SELECT X AS n FROM SYSTEM_RANGE(1, 3)", RowFormat.CSV, new StringWriter(),
                new QueryLimits(Duration.ofMinutes(1), 3))).as("exactly as many: none left").isEqualTo(new ReadOnlyQuery.QueryResult(3, false));
    }

    @Test
    void aTimeoutIsGivenToTheDatabaseInWholeSecondsRoundedUp() {
        assertThat(new QueryLimits(Duration.ofMillis(200), 0).timeoutSeconds()).isEqualTo(1);
        assertThat(new QueryLimits(Duration.ofMillis(1500), 0).timeoutSeconds()).isEqualTo(2);
        assertThat(new QueryLimits(Duration.ofMinutes(5), 0).timeoutSeconds()).isEqualTo(300);
    }

    private String print(String sql, RowFormat format) throws SQLException {
        StringWriter out = new StringWriter();
        ReadOnlyQuery.run(connection, sql, format, out, QueryLimits.DEFAULT);
        return out.toString();
    }
}
