package org.pubharvest.config.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pubharvest.config.warehouse.H2WarehouseFiles;
import org.pubharvest.config.warehouse.ReadServer;
import org.pubharvest.config.warehouse.ReadServerFile;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A connection to the warehouse as the read-only reporting user, for {@code query}, {@code export} and
 * {@code status}: the url from the resolved settings (application.yml, profiles, environment, command
 * line), the user the V4 migration created with read rights only. An H2 file that a harvest,
 * {@code serve} or {@code demo} holds is read through the holder's loopback server ({@link ReadServer}),
 * found in the note it leaves next to the file; a note whose server does not answer (its process gone)
 * is passed over and the file opened directly.
 *
 * @param url          the warehouse's JDBC url (for H2, one that never creates an empty database)
 * @param user         the reporting user
 * @param password     its password
 * @param readServerUrl the holder's read server, when an H2 file is held by a live process
 */
record ReportingConnection(String url, String user, String password, Optional<String> readServerUrl) {

    /** H2's error code for "database not found" when IFEXISTS=TRUE. */
    private static final int H2_DATABASE_NOT_FOUND = 90146;
    /** H2's error code for a database file another process holds open. */
    private static final int H2_DATABASE_IN_USE = 90020;
    /** H2's and PostgreSQL's codes for a refused login. */
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    private static final String INVALID_PASSWORD_STATE = "28P01";

    static ReportingConnection from(List<String> properties) {
        try (ConfigurableApplicationContext context = Applications.settingsOnly(properties)) {
            Environment environment = context.getEnvironment();
            String url = environment.getRequiredProperty("spring.datasource.url");
            Optional<String> readServer = H2WarehouseFiles.forUrl(url)
                    .flatMap(files -> ReadServerFile.ofLiveHolder(files.readServer())
                            .map(note -> "jdbc:h2:tcp://" + ReadServer.LOOPBACK + ":" + note.port() + "/" + files.name()));
            return new ReportingConnection(existingDatabaseOnly(url),
                    environment.getRequiredProperty("pubharvest.reporting.username"),
                    environment.getRequiredProperty("pubharvest.reporting.password"), readServer);
        }
    }

    /** A connection at the url that reaches the warehouse now ({@link #reachableUrl}'s choice). */
    Connection open() throws SQLException {
        Optional<Connection> served = throughReadServer();
        return served.isPresent() ? served.get() : DriverManager.getConnection(url, user, password);
    }

    /**
     * The url that reaches the warehouse now, checked by a login: the holder's read server when it answers,
     * else the url from the settings.
     */
    String reachableUrl() throws SQLException {
        Optional<Connection> served = throughReadServer();
        if (served.isPresent()) {
            served.get().close();
            return readServerUrl.orElseThrow();
        }
        DriverManager.getConnection(url, user, password).close();
        return url;
    }

    /** A login the read server refuses is the answer; a server that does not answer is passed over. */
    private Optional<Connection> throughReadServer() throws SQLException {
        if (readServerUrl.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DriverManager.getConnection(readServerUrl.get(), user, password));
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** A failure of the database as one line, saying what to do where there is something to do. */
    CommandFailedException failure(String what, SQLException e) {
        if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
            return new CommandFailedException("no warehouse at " + url + ": run 'demo' or 'harvest' first");
        }
        if (e.getErrorCode() == H2_DATABASE_IN_USE) {
            return new CommandFailedException("the warehouse " + url + " is open in another process that does not serve "
                    + "it to readers (an older pubharvest, or a tool with the file open); " + what + " it when that ends");
        }
        if (e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD || INVALID_PASSWORD_STATE.equals(e.getSQLState())) {
            return new CommandFailedException("the warehouse refused the reporting user '" + user
                    + "': check pubharvest.reporting.username and .password");
        }
        return new CommandFailedException(what + " failed: " + firstLine(e.getMessage()), e);
    }

    /**
     * For H2, never create an empty database just to read it; and leave out DB_CLOSE_DELAY, a database
     * setting that only an admin may give (the holder's url keeps a database in memory open).
     */
    private static String existingDatabaseOnly(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String reader = url.replaceAll("(?i);DB_CLOSE_DELAY=[^;]*", "");
        return reader.toUpperCase(Locale.ROOT).contains("IFEXISTS") ? reader : reader + ";IFEXISTS=TRUE";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
