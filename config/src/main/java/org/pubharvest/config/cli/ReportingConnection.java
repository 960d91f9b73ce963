package org.pubharvest.config.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A connection to the warehouse as the read-only reporting user, for {@code query} and
 * {@code export}: the url from the resolved settings (application.yml, profiles, environment,
 * command line), the user the V4 migration created with read rights only.
 *
 * @param url      the warehouse's JDBC url (for H2, one that never creates an empty database)
 * @param user     the reporting user
 * @param password its password
 */
record ReportingConnection(String url, String user, String password) {

    /** H2's error code for "database not found" when IFEXISTS=TRUE. */
    private static final int H2_DATABASE_NOT_FOUND = 90146;
    /** H2's error code for a database file another process holds open. */
    private static final int H2_DATABASE_IN_USE = 90020;

    static ReportingConnection from(List<String> properties) {
        try (ConfigurableApplicationContext context = Applications.settingsOnly(properties)) {
            Environment environment = context.getEnvironment();
            return new ReportingConnection(existingDatabaseOnly(environment.getRequiredProperty("spring.datasource.url")),
                    environment.getRequiredProperty("pubharvest.reporting.username"),
                    environment.getRequiredProperty("pubharvest.reporting.password"));
        }
    }

    Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A failure of the database as one line, saying what to do where there is something to do. */
    CommandFailedException failure(String what, SQLException e) {
        if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
            return new CommandFailedException("no warehouse at " + url + ": run 'demo' or 'harvest' first");
        }
        if (e.getErrorCode() == H2_DATABASE_IN_USE) {
            return new CommandFailedException("the warehouse " + url + " is open in another process (a harvest?): "
                    + "an H2 file has one process at a time; " + what + " it when that ends");
        }
        return new CommandFailedException(what + " failed: " + firstLine(e.getMessage()), e);
    }

    /** For H2, never create an empty database just to read it. */
    private static String existingDatabaseOnly(String url) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
