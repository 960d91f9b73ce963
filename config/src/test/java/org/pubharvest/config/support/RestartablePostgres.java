package org.pubharvest.config.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL server of a test's own that can be stopped and started again on the same data
 * directory and port, the way a database server is restarted under a running application: stopping
 * ends every session (PostgreSQL's fast shutdown), the data stays, and clients reconnect to the same
 * address. Unlike {@link PostgresServer}, which serves the whole test JVM, one test owns it.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A new server on a free port, its data in the given (empty) directory. */
    public static RestartablePostgres startIn(Path dataDirectory) {
        RestartablePostgres postgres = new RestartablePostgres(dataDirectory, freePort());
        postgres.start();
        return postgres;
    }

    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("already running");
        }
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server: the sessions of every client end now, as in a restart of the database. */
    public synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        } finally {
            server = null;
        }
    }

    /** A fresh, empty database; returns its JDBC url. */
    public String newDatabase(String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    /** A client of one database as the superuser, a connection per statement. */
    public JdbcClient jdbc(String database) {
        return JdbcClient.create(server.getDatabase(PostgresServer.SUPERUSER, database));
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
