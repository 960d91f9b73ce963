package org.pubharvest.config.warehouse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The note an H2 warehouse's holder leaves next to the file: who holds it (host, pid, command, since)
 * and the loopback port on which it serves the warehouse to readers. Readers ({@code query},
 * {@code status}, BI tools) find the port here; a harvest refused because the file is held names the
 * holder from it. A holder killed with SIGKILL leaves the note behind, so a note counts only while its
 * process lives.
 *
 * @param port   the loopback port of the holder's H2 TCP server
 * @param holder who holds the file
 */
public record ReadServerFile(int port, WarehouseHolder holder) {

    /** Writes the note (atomically: a reader never sees half of one). */
    public void write(Path file) {
        Properties note = new Properties();
        note.setProperty("port", Integer.toString(port));
        note.setProperty("pid", Long.toString(holder.pid()));
        note.setProperty("host", holder.host());
        note.setProperty("command", holder.work());
        note.setProperty("since", holder.since().toString());
        try {
            Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try (Writer out = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
                note.store(out, "pubharvest: the process holding this warehouse serves it to readers on 127.0.0.1:" + port);
            }
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The note, if there is one and the process that wrote it still runs on this host. */
    public static Optional<ReadServerFile> ofLiveHolder(Path file) {
        Properties note = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            note.load(in);
            long pid = Long.parseLong(note.getProperty("pid"));
            String host = note.getProperty("host", "");
            boolean alive = host.equals(HostName.local()) && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                return Optional.empty();
            }
            return Optional.of(new ReadServerFile(Integer.parseInt(note.getProperty("port")), new WarehouseHolder(host, pid,
                    note.getProperty("command", "?"), null, Instant.parse(note.getProperty("since")))));
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return Optional.empty();
        }
    }
}
