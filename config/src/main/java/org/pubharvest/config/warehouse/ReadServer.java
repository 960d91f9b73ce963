package org.pubharvest.config.warehouse;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Serves an H2 warehouse file to readers while this process holds it: H2's TCP server, on loopback only,
 * for this one database (no other name, nothing created), in the process that has the file open, so
 * that {@code query}, {@code export}, {@code status} and BI tools read it while a harvest, {@code serve}
 * or {@code demo} runs. Readers log in as the read-only reporting user; the owner account has a
 * password only its OS user can read ({@link OwnerPassword}), so no one else gets admin rights (and
 * {@code CREATE ALIAS}) through the port. The port is written next to the file ({@link ReadServerFile})
 * and the note removed on a clean stop.
 */
public class ReadServer implements SmartLifecycle {

    /** H2 reads its bind address once, when its classes load: {@code PubharvestMain} sets this first. */
    public static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";
    public static final String LOOPBACK = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(ReadServer.class);

    private final H2WarehouseFiles files;
    private final int port;
    private final Clock clock;
    private Server server;

    /** @param port the loopback port to listen on; 0 for any free one */
    public ReadServer(H2WarehouseFiles files, int port, Clock clock) {
        this.files = Objects.requireNonNull(files, "files");
        this.port = port;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void start() {
        byte[] shutdownPassword = new byte[16];
        new SecureRandom().nextBytes(shutdownPassword);
        try {
            // -key lets only this database's name in; -ifExists never creates one; no -tcpAllowOthers: H2
            // refuses connections from other hosts even where the bind address could not be set in time.
            server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifExists",
                    "-baseDir", files.directory().toString(), "-key", files.name(), files.name(),
                    "-tcpPassword", HexFormat.of().formatHex(shutdownPassword)).start();
        } catch (SQLException e) {
            throw new WarehouseAccessException("cannot serve the warehouse to readers on " + LOOPBACK + ":" + port
                    + " (" + e.getMessage().lines().findFirst().orElse("") + "); set pubharvest.warehouse.server-port to a free port");
        }
        WarehouseHolder me = new WarehouseHolder(HostName.local(), ProcessHandle.current().pid(), command(), null,
                clock.instant());
        new ReadServerFile(server.getPort(), me).write(files.readServer());
        log.info("readers reach the warehouse at {} while this process runs", url());
    }

    /** What BI tools and the read commands connect to. */
    public String url() {
        return "jdbc:h2:tcp://" + LOOPBACK + ":" + server.getPort() + "/" + files.name();
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop();
        server = null;
        ReadServerFile.ofLiveHolder(files.readServer())
                .filter(note -> note.holder().pid() == ProcessHandle.current().pid())
                .ifPresent(mine -> deleteQuietly());
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(files.readServer());
        } catch (java.io.IOException e) {
            log.debug("could not remove {}", files.readServer(), e);
        }
    }

    /**
     * The command this process runs, as a refused harvest names it: {@code harvest --year=2021}. Settings
     * given as options ({@code --spring.datasource.password=...}: a dotted name) are left out, since the
     * note is readable by anyone on the machine and they would only make the line long.
     */
    private static String command() {
        String[] words = System.getProperty("sun.java.command", "").strip().split("\\s+");
        String command = Arrays.stream(words).skip(1)
                .filter(word -> !word.startsWith("--") || !word.split("=", 2)[0].contains("."))
                .collect(Collectors.joining(" "));
        return command.isEmpty() ? "pubharvest" : command;
    }
}
