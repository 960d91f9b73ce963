package org.pubharvest.config.distributed;

import java.nio.file.Path;
import java.util.Objects;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@code harvest --partitions=N --embedded-broker}: an Apache ActiveMQ Artemis broker inside the manager,
 * for one machine and for the tests. It listens on the loopback address only (workers on the same box),
 * without security, and keeps its messages in a journal on disk, so partition requests that no worker has
 * taken survive the manager's restart. Started before anything sends, stopped after.
 */
public final class EmbeddedBroker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final int port;
    private final Path directory;
    private EmbeddedActiveMQ broker;

    public EmbeddedBroker(int port, Path directory) {
        this.port = port;
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public void start() {
        Configuration configuration = new ConfigurationImpl()
                .setName("pubharvest")
                .setSecurityEnabled(false)
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(directory.resolve("journal").toString())
                .setBindingsDirectory(directory.resolve("bindings").toString())
                .setLargeMessagesDirectory(directory.resolve("large-messages").toString())
                .setPagingDirectory(directory.resolve("paging").toString());
        try {
            configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
            broker = new EmbeddedActiveMQ().setConfiguration(configuration);
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("the embedded broker could not start on 127.0.0.1:" + port + ": "
                    + e.getMessage(), e);
        }
        log.info("embedded Artemis broker on tcp://127.0.0.1:{}, journal in {}", port, directory);
    }

    @Override
    public void stop() {
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                log.warn("stopping the embedded broker: {}", e.getMessage());
            }
            broker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return broker != null;
    }

    /** Early: the broker is up before the job runs and down after everything that talks to it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
