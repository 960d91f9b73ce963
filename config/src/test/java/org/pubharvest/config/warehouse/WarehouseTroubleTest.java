package org.pubharvest.config.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.pubharvest.load.page.ArchiveUnwritableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the warehouse held or gone, and the one line each is said in. */
class WarehouseTroubleTest {

    @Test
    void aConnectionLostUnderAStatementIsTheDatabaseGoneWithTheDriversFirstLine() {
        RuntimeException failure = new DataAccessResourceFailureException("PreparedStatementCallback; SQL [UPDATE page ...]",
                new SQLException("An I/O error occurred while sending to the backend.\nmore detail", "08006"));

        assertThat(WarehouseTrouble.oneLine(failure)).contains("the warehouse database is unreachable (An I/O error "
                + "occurred while sending to the backend.); the run is restartable: run the same command again");
    }

    @Test
    void aRollbackThatFailedTooIsJudgedByTheFailureItHid() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("write failed",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(WarehouseTrouble.unreachable(rollbackFailed)).contains("FATAL: terminating connection due to administrator command");
    }

    @Test
    void aPoolThatGotNoConnectionInTimeIsTheDatabaseGone() {
        assertThat(WarehouseTrouble.unreachable(new IllegalStateException("start-up failed",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"))))
                .contains("HikariPool-1 - Connection is not available, request timed out after 5000ms");
    }

    @Test
    void anArchiveFileThatCouldNotBeWrittenIsSaidInOneLine() {
        RuntimeException failure = new IllegalStateException("chunk failed", new ArchiveUnwritableException(
                Path.of("data", "warc"), new IOException("No space left on device")));

        assertThat(WarehouseTrouble.oneLine(failure)).contains("the page archive could not be written (No space left "
                + "on device); the run is restartable: make room on the disk (or make pubharvest.archive.directory "
                + "writable) and run the same command again");
        assertThat(WarehouseTrouble.unwritable(failure)).as("not the H2 file's trouble").isEmpty();
    }

    @Test
    void anH2FileOpenElsewhereIsTheWarehouseHeld() {
        SQLException inUse = new SQLException("Database may be already in use", "90020", 90020);

        assertThat(WarehouseTrouble.oneLine(new IllegalStateException("Flyway failed", inUse))).contains(
                "the warehouse is open in another process (a harvest?): an H2 file admits one process at a time; "
                        + "try again when it ends");
    }

    @Test
    void anH2FileThatCouldNotBeWrittenIsSaidWithWhatTheSystemSaid() {
        SQLException closed = new SQLException("The database has been closed [90098-240]", "90098", 90098,
                new IllegalStateException("Writing to channel failed", new java.io.IOException("No space left on device")));

        assertThat(WarehouseTrouble.oneLine(new DataAccessResourceFailureException("JDBC rollback", closed))).contains(
                "the warehouse file could not be written (No space left on device); the run is restartable: make room "
                        + "on the disk (or make the file writable) and run the same command again");
        assertThat(WarehouseTrouble.unwritable(new IllegalStateException("reading a page failed",
                new java.io.IOException("Connection reset")))).as("an I/O failure that is not H2's file").isEmpty();
    }

    @Test
    void aFailureOfTheDataOrTheSqlIsNeitherAndKeepsItsStack() {
        assertThat(WarehouseTrouble.oneLine(new DuplicateKeyException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isEmpty();
        assertThat(WarehouseTrouble.oneLine(new IllegalStateException("a bug"))).isEmpty();
    }

    @Test
    void aLongDriverMessageIsCut() {
        String batch = "Batch entry 0 UPDATE page SET body_gzip = '" + "ab".repeat(5_000) + "'";

        assertThat(WarehouseTrouble.unreachable(new SQLException(batch, "08006")).orElseThrow()).hasSize(203).endsWith("...");
    }
}
