package org.pubharvest.config.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One harvest per warehouse. On PostgreSQL a run takes a session-level advisory lock on a fixed key
 * ({@code pg_try_advisory_lock}) on a connection of its own, kept for the whole run. The server lets
 * the lock go when that session ends, however it ends (the run finishing, SIGKILL, a lost machine),
 * so a dead holder never blocks the next run. The holder then writes who it is to
 * {@code warehouse_holder}, only so that a refused run can name it; the row is read joined to the
 * server's own list of held locks, so a row left by a killed process is never taken for a holder.
 * On H2 the database file admits one process at a time, which already is the same guarantee, and
 * nothing more is taken.
 */
public class WarehouseLock {

    /** The advisory lock's key, the same for every pubharvest ("pubh" "arvs"); both halves positive. */
    static final long KEY = 0x70756268_61727673L;
    private static final int HOLDER_ROW = 1;
    private static final Logger log = LoggerFactory.getLogger(WarehouseLock.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicReference<Holding> current = new AtomicReference<>();

    public WarehouseLock(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes the warehouse for some work, or refuses at once if another process holds it.
     *
     * @param work what this process is about to do, as the refusal names it until the run is known
     * @throws WarehouseInUseException when another harvest holds the warehouse
     */
    public Holding take(String work) {
        Connection connection = open();
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return Holding.NOTHING_TO_HOLD;
            }
            JdbcClient session = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            if (!session.sql("SELECT pg_try_advisory_lock(?)").param(KEY).query(Boolean.class).single()) {
                Optional<WarehouseHolder> holder = holder(session);
                connection.close();
                throw new WarehouseInUseException(holder);
            }
            writeHolder(session, work);
            Holding holding = new Holding(this, connection, session);
            current.set(holding);
            return holding;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not take the warehouse lock: " + e.getMessage(), e);
        }
    }

    /** The run the current holding works on is now known: the refusal names it from here on. */
    public void nameRun(long runId) {
        Holding holding = current.get();
        if (holding != null && holding.session != null) {
            holding.session.sql("UPDATE warehouse_holder SET run_id = ? WHERE id = ?").param(runId).param(HOLDER_ROW).update();
        }
    }

    private Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to the warehouse: " + e.getMessage(), e);
        }
    }

    private void writeHolder(JdbcClient session, String work) {
        session.sql("""
                        INSERT INTO warehouse_holder (id, host, pid, session_pid, work, run_id, since)
                        VALUES (?, ?, ?, pg_backend_pid(), ?, NULL, ?)
                        ON CONFLICT (id) DO UPDATE SET host = EXCLUDED.host, pid = EXCLUDED.pid,
                            session_pid = EXCLUDED.session_pid, work = EXCLUDED.work, run_id = NULL, since = EXCLUDED.since""")
                .param(HOLDER_ROW).param(HostName.local()).param(ProcessHandle.current().pid()).param(work)
                .param(OffsetDateTime.now(clock)).update();
    }

    /** The row, if the session that wrote it is the one holding the lock now (it may not have written yet). */
    private static Optional<WarehouseHolder> holder(JdbcClient session) {
        return session.sql("""
                        SELECT h.host, h.pid, h.work, h.run_id, h.since FROM warehouse_holder h
                        JOIN pg_locks l ON l.pid = h.session_pid AND l.locktype = 'advisory' AND l.granted
                            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                            AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1
                        WHERE h.id = ?""")
                .param(KEY >>> 32).param(KEY & 0xFFFF_FFFFL).param(HOLDER_ROW)
                .query((rs, row) -> new WarehouseHolder(rs.getString("host"), rs.getLong("pid"), rs.getString("work"),
                        rs.getObject("run_id", Long.class), rs.getObject("since", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the failure is what gets reported.
        }
    }

    /** The warehouse held for one run; closing it lets the warehouse go. */
    public static final class Holding implements AutoCloseable {

        /** On H2, where the database file itself admits one process. */
        static final Holding NOTHING_TO_HOLD = new Holding(null, null, null);

        private final WarehouseLock lock;
        private final Connection connection;
        private final JdbcClient session;

        private Holding(WarehouseLock lock, Connection connection, JdbcClient session) {
            this.lock = lock;
            this.connection = connection;
            this.session = session;
        }

        @Override
        public void close() {
            if (lock == null) {
                return;
            }
            lock.current.compareAndSet(this, null);
            try {
                session.sql("DELETE FROM warehouse_holder WHERE id = ? AND session_pid = pg_backend_pid()").param(HOLDER_ROW).update();
                session.sql("SELECT pg_advisory_unlock(?)").param(KEY).query(Boolean.class).single();
            } catch (RuntimeException e) {
                // The session is gone (the database restarted, say): so is its lock, which is what closing wants.
                log.debug("the warehouse lock's session ended before the lock was let go", e);
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
