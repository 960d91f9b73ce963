package org.pubharvest.config.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.pubharvest.load.query.ReadOnlyQuery;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code query "<SQL>"}: one statement, as the read-only reporting user on a read-only
 * connection, printed as CSV. The database refuses writes; nothing here inspects the SQL.
 */
final class QueryCommand implements Command {

    /** H2's error code for "database not found" when IFEXISTS=TRUE. */
    private static final int H2_DATABASE_NOT_FOUND = 90146;
    /** H2's error code for a database file another process holds open. */
    private static final int H2_DATABASE_IN_USE = 90020;

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly();
        arguments.requirePositional(1, "one SQL statement (in quotes)");
        String sql = arguments.positional().get(0);
        String url;
        String user;
        String password;
        try (ConfigurableApplicationContext context = Applications.settingsOnly(arguments.properties())) {
            Environment environment = context.getEnvironment();
            url = existingDatabaseOnly(environment.getRequiredProperty("spring.datasource.url"));
            user = environment.getRequiredProperty("pubharvest.reporting.username");
            password = environment.getRequiredProperty("pubharvest.reporting.password");
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ReadOnlyQuery.toCsv(connection, sql, writer);
            return Cli.OK;
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                throw new CommandFailedException("no warehouse at " + url + ": run 'demo' or 'harvest' first");
            }
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new CommandFailedException("the warehouse " + url + " is open in another process (a harvest?): "
                        + "an H2 file has one process at a time; query it when that ends");
            }
            throw new CommandFailedException("query failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** For H2, never create an empty database just to query it. */
    private static String existingDatabaseOnly(String url) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
