package org.pubharvest.config.warehouse;

import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse's connection pool, as a process that stays up ({@code serve}) needs it after H2 closed
 * the database under a run because its file could not be written. H2 keeps that closed database for as
 * long as one of its sessions is open, and the pool's idle connections are such sessions: they still
 * pass the pool's validity check, and every statement on them fails with "The database has been closed"
 * however much room the disk has again. Evicting them lets H2 drop the closed database, and the next
 * connection opens the file afresh from its last whole write, which is what a new process would do. The
 * run then continues from its last committed chunk, as after an exit.
 */
public class WarehousePool {

    private static final Logger log = LoggerFactory.getLogger(WarehousePool.class);

    private final DataSource dataSource;

    public WarehousePool(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Closes the pool's connections if the failure is an H2 file that could not be written; connections in
     * use are closed when they are given back.
     *
     * @return whether they were
     */
    public boolean discardIfTheFileFailed(Throwable failure) {
        if (WarehouseTrouble.unwritable(failure).isEmpty()) {
            return false;
        }
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return false;
            }
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getHikariPoolMXBean() == null) {
                return false; // never started: nothing open
            }
            pool.getHikariPoolMXBean().softEvictConnections();
            log.info("closed the warehouse's pooled connections, so that the next run opens the file again");
            return true;
        } catch (SQLException notAWrapper) {
            return false;
        }
    }
}
