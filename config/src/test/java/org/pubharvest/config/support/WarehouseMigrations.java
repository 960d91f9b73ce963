package org.pubharvest.config.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.pubharvest.config.warehouse.MigrationBoundaryCallback;
import org.pubharvest.load.page.PageBodiesToWarc;

/**
 * The application's migrations for tests: configured as the application configures them, the
 * statement boundaries of each, and a run cut short at one of them by a callback that does what a
 * kill does to the database (the caller says how).
 */
public final class WarehouseMigrations {

    /** A point between two statements of a migration: {@code statementsDone} of version's statements have run. */
    public record Boundary(String version, int statementsDone) {

        @Override
        public String toString() {
            return "V" + version + " after " + statementsDone + " statements";
        }
    }

    /** What a kill does to the database, done on the migrating connection. */
    public interface Kill {
        void on(Connection connection) throws SQLException;
    }

    /** H2 closed without writing anything more, as on a power failure. */
    public static final Kill H2_SHUTDOWN_IMMEDIATELY = connection -> execute(connection, "SHUTDOWN IMMEDIATELY");
    /** The PostgreSQL backend ended under the migrating session, as when the process dies. */
    public static final Kill POSTGRES_SESSION_ENDED = connection -> execute(connection, "SELECT pg_terminate_backend(pg_backend_pid())");

    private WarehouseMigrations() {
    }

    public static FluentConfiguration configure(String url, String user, String vendor) {
        return Flyway.configure().dataSource(url, user, H2Owner.password(url))
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .placeholders(Map.of("reportingUser", "reporting", "reportingPassword", "reporting"))
                .javaMigrations(pageBodiesToWarc());
    }

    /** Migration V14, as the application registers it, writing what it moves to a scratch directory. */
    public static PageBodiesToWarc pageBodiesToWarc() {
        return new PageBodiesToWarc(Path.of(System.getProperty("java.io.tmpdir"), "pubharvest-test-warc"), "pubharvest-test");
    }

    /** Every boundary of every migration, in order, counted on a throw-away H2 database. */
    public static List<Boundary> boundaries(String vendor, String scratchUrl, String user) {
        Map<String, Integer> statements = new LinkedHashMap<>();
        Callback counter = new MigrationBoundaryCallback() {
            @Override
            protected void atBoundary(String version, int statementsDone, Context context) {
                statements.put(version, statementsDone);
            }

            @Override
            public String getCallbackName() {
                return "count-statements";
            }
        };
        configure(scratchUrl, user, vendor).callbacks(counter).load().migrate();
        List<Boundary> boundaries = new ArrayList<>();
        statements.forEach((version, count) -> {
            for (int done = 0; done <= count; done++) {
                boundaries.add(new Boundary(version, done));
            }
        });
        return boundaries;
    }

    /** A callback that kills the database at the boundary; the migration then fails, as the process would have died. */
    public static final class KillAt extends MigrationBoundaryCallback {

        private final Boundary boundary;
        private final Kill kill;
        private boolean reached;

        public KillAt(Boundary boundary, Kill kill) {
            this.boundary = boundary;
            this.kill = kill;
        }

        /** Whether the migration got as far as the boundary (else the test meant a boundary that is not there). */
        public boolean reached() {
            return reached;
        }

        @Override
        protected void atBoundary(String version, int statementsDone, Context context) {
            if (reached || !boundary.equals(new Boundary(version, statementsDone))) {
                return;
            }
            reached = true;
            try {
                kill.on(context.getConnection());
            } catch (SQLException expected) {
                // the session ended under the statement that ended it
            }
            throw new IllegalStateException("killed at " + boundary);
        }

        @Override
        public String getCallbackName() {
            return "kill-at-" + boundary;
        }
    }

    public static Optional<String> previousVersion(List<Boundary> boundaries, String version) {
        String previous = null;
        for (Boundary boundary : boundaries) {
            if (boundary.version().equals(version)) {
                return Optional.ofNullable(previous);
            }
            previous = boundary.version();
        }
        throw new IllegalArgumentException("no migration V" + version);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
