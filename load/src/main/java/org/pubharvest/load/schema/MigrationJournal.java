package org.pubharvest.load.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.tools.Restore;

/**
 * A file next to an H2 warehouse, {@code <db>.migrating}, present exactly while its schema is being
 * created or migrated, and saying how to undo the attempt: {@code created} (the file held nothing
 * before) or the backup taken just before.
 *
 * <p>Why: H2 2.4 commits DDL statement by statement, and a process killed (SIGKILL) in the middle of a
 * migration can leave a file that no longer opens at all: a grant whose user is not there, an index
 * whose table is not there (both found by killing the real jar at every statement boundary,
 * {@code JarKilledInMigrationIT}). No SQL mends a file that does not open, so a start that finds the
 * journal undoes the attempt before anything opens the database: it restores the backup, or removes
 * the file a first start was creating, and then migrates again from the start. Nothing but the
 * migrations writes between the backup and the end of the journal, so the restored file holds every row.
 *
 * <p>The journal is removed only after {@code CHECKPOINT SYNC}: H2 writes committed work to its file
 * about a second later, and a kill in that second must not find a half-written schema and no journal.
 */
public final class MigrationJournal {

    private static final String CREATED = "created";

    /** The database file without its extension, or none when the warehouse is not an H2 file. */
    private final Optional<Path> database;
    /** What {@link #undoInterrupted} did, once it has run: it runs once, before the file is first opened. */
    private Optional<Path> restoredFrom;

    private MigrationJournal(Optional<Path> database) {
        this.database = database;
    }

    /** A journal that does nothing: for a database with no file here (PostgreSQL, H2 in memory or on a server). */
    public static MigrationJournal none() {
        return new MigrationJournal(Optional.empty());
    }

    /** The journal of the H2 file a JDBC url names; a journal that does nothing for any other url. */
    public static MigrationJournal forUrl(String jdbcUrl) {
        return new MigrationJournal(h2File(jdbcUrl));
    }

    /**
     * The file an H2 url names, without H2's suffix: {@code jdbc:h2:[file:]<path>[;settings]}, with H2's
     * {@code ~} for the home directory. In-memory, server and other file-system forms ({@code mem:}, {@code tcp:}, {@code zip:}, ...) have no file here.
     */
    public static Optional<Path> h2File(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring("jdbc:h2:".length());
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("(?i)[a-z]{2,}:.*")) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    /**
     * Undoes a migration a kill cut short; to be called before anything opens the database (the application
     * calls it as its DataSource is made). Returns the backup the file was restored from; empty when there was
     * nothing to undo, or a first start's file was removed. Called again, it only answers the same.
     */
    public synchronized Optional<Path> undoInterrupted() {
        if (restoredFrom == null) {
            restoredFrom = undo();
        }
        return restoredFrom;
    }

    private Optional<Path> undo() {
        if (database.isEmpty() || !Files.exists(journal())) {
            return Optional.empty();
        }
        String undo = read(journal());
        Path file = Path.of(database.get() + ".mv.db");
        Optional<Path> restored = Optional.empty();
        try (Held held = Held.lock(file)) {
            if (!held.locked()) {
                return Optional.empty(); // another process has the warehouse open: opening it says so in one line
            }
            if (CREATED.equals(undo)) {
                Files.deleteIfExists(file);
            } else {
                Path backup = Path.of(undo);
                if (!Files.isRegularFile(backup)) {
                    throw new IllegalStateException("a migration of " + file + " was cut short and its backup " + backup
                            + " is gone: restore the warehouse from a copy of your own");
                }
                // Written over the same file (not a new one), so the lock held here keeps other starts out meanwhile.
                Restore.execute(backup.toString(), database.get().getParent().toString(), database.get().getFileName().toString());
                restored = Optional.of(backup);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not undo the cut-short migration of " + file + ": " + e.getMessage(), e);
        }
        delete();
        return restored;
    }

    /** Before the first statement of a migration: how to undo it (the backup taken, or none for a new file). */
    void begin(Optional<Path> backup) {
        if (database.isEmpty()) {
            return;
        }
        Path partial = Path.of(journal() + ".partial");
        byte[] content = backup.map(Path::toString).orElse(CREATED).getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + partial + ": " + e.getMessage(), e);
        }
        move(partial, journal());
    }

    /** After the last migration: its work on disk, then the journal gone. */
    void end(DataSource dataSource) {
        if (database.isEmpty() || !Files.exists(journal())) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the migrated warehouse to its file: " + e.getMessage(), e);
        }
        delete();
    }

    private Path journal() {
        return Path.of(database.orElseThrow() + ".migrating");
    }

    private void delete() {
        try {
            Files.deleteIfExists(journal());
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + journal() + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * The lock H2 itself takes on its file, held while the file is replaced: no other process opens the
     * warehouse meanwhile, and a warehouse another process has open is left alone.
     */
    private record Held(FileChannel channel, FileLock lock) implements AutoCloseable {

        static Held lock(Path file) throws IOException {
            if (!Files.exists(file)) {
                return new Held(null, null);
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                return new Held(channel, channel.tryLock());
            } catch (OverlappingFileLockException openInThisProcess) {
                channel.close();
                // Left as it is, the half-migrated file would be backed up again as if whole: refuse instead.
                throw new IllegalStateException("a migration of " + file + " was cut short, and this process has the"
                        + " file open, so it cannot be undone: close the warehouse everywhere and start again");
            }
        }

        boolean locked() {
            return channel == null || lock != null;
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close(); // releases the lock
            }
        }
    }
}
