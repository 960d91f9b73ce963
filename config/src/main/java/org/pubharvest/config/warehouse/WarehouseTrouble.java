package org.pubharvest.config.warehouse;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pubharvest.load.page.ArchiveUnwritableException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures that are about the warehouse database as a whole rather than about the work: it is held
 * by another process, it cannot be reached or (an H2 file, the page archive's files) written, or its schema could not be migrated. Each is said in one
 * line that tells what to do; the stack behind it says nothing a user can act on.
 */
public final class WarehouseTrouble {

    /** H2's error code for a database file another process holds open. */
    private static final int H2_DATABASE_IN_USE = 90020;
    /** H2's codes for an I/O failure of its file, and for the database it then closed. */
    private static final Set<Integer> H2_FILE_TROUBLE = Set.of(90028, 90031, 90098, 90121);
    /** SQLSTATE class 08 is a connection exception; 57P01-57P03 the server shutting down or starting. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_REASON = 200;

    private WarehouseTrouble() {
    }

    /** The line to say, when the failure is one of these. */
    public static Optional<String> oneLine(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof WarehouseInUseException || cause instanceof WarehouseUnreachableException
                    || cause instanceof WarehouseUnwritableException || cause instanceof WarehouseMigrationException
                    || cause instanceof WarehouseAccessException) {
                return Optional.of(cause.getMessage());
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return Optional.of("the warehouse is open in another process (a harvest?): an H2 file admits one "
                        + "process at a time; try again when it ends");
            }
        }
        Optional<String> unwritable = unwritable(failure);
        if (unwritable.isPresent()) {
            return Optional.of(unwritableLine(unwritable.get()));
        }
        Optional<String> archiveUnwritable = archiveUnwritable(failure);
        if (archiveUnwritable.isPresent()) {
            return Optional.of(archiveUnwritableLine(archiveUnwritable.get()));
        }
        return unreachable(failure).map(reason -> "the warehouse database is unreachable (" + reason
                + "); the run is restartable: run the same command again");
    }

    public static String unwritableLine(String reason) {
        return "the warehouse file could not be written (" + reason + "); the run is restartable: make room on the "
                + "disk (or make the file writable) and run the same command again";
    }

    public static String archiveUnwritableLine(String reason) {
        return "the page archive could not be written (" + reason + "); the run is restartable: make room on the "
                + "disk (or make pubharvest.archive.directory writable) and run the same command again";
    }

    /** Whether the failure is the page archive's WARC file that could not be written, with what the system said. */
    public static Optional<String> archiveUnwritable(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof ArchiveUnwritableException archive) {
                return Optional.of(firstLine(archive.reason()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the failure is an H2 warehouse whose file could not be written (the disk full, the file
     * system gone read-only), with what the operating system said. H2 then closes the database; nothing
     * committed is lost, and the next start opens it again.
     */
    public static Optional<String> unwritable(Throwable failure) {
        boolean h2Storage = false;
        String reason = null;
        for (Throwable cause : causes(failure)) {
            h2Storage |= cause.getClass().getName().startsWith("org.h2.mvstore.")
                    || cause instanceof SQLException sql && H2_FILE_TROUBLE.contains(sql.getErrorCode());
            if (cause instanceof IOException) {
                reason = firstLine(cause.getMessage());
            }
        }
        return h2Storage && reason != null ? Optional.of(reason) : Optional.empty();
    }

    /** Whether the failure is the database gone away (or not there yet), with what the driver said. */
    public static Optional<String> unreachable(Throwable failure) {
        String reason = null;
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                reason = firstLine(cause.getMessage()); // the innermost says most: "Connection to localhost:5432 refused"
            }
        }
        return Optional.ofNullable(reason);
    }

    /**
     * The failure and its causes, outermost first. A rollback that failed as well hides the failure that
     * made it roll back behind "JDBC rollback failed" (a closed connection, no SQLSTATE); Spring keeps that
     * one as the application exception, and it is the one that says the database went away.
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> waiting = new ArrayDeque<>(List.of(failure));
        while (!waiting.isEmpty()) {
            Throwable next = waiting.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            causes.add(next);
            if (next instanceof TransactionSystemException rollbackFailed && rollbackFailed.getApplicationException() != null) {
                waiting.addLast(rollbackFailed.getApplicationException());
            }
            if (next.getCause() != null) {
                waiting.addFirst(next.getCause());
            }
        }
        return causes;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_OR_COMING.contains(state));
    }

    /** A driver's message can carry a whole batch of SQL: its first line, and not all of a long one. */
    private static String firstLine(String message) {
        String line = message == null ? "no message" : message.lines().findFirst().orElse("no message");
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "...";
    }
}
