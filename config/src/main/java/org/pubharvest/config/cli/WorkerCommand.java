package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.distributed.PartitionWorker;
import org.pubharvest.config.distributed.RunningPartitions;
import org.pubharvest.load.page.WarcFiles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * {@code worker [--name=NAME]}: stays up, takes partition requests of distributed runs from the broker one
 * at a time and runs them in the shared job repository, and serves Actuator health and metrics as
 * {@code serve} does. SIGTERM stops taking requests and ends the running partition after its current chunk
 * (STOPPED, so the manager's run ends STOPPED and the same command restarts the rest).
 */
final class WorkerCommand implements Command {

    /** A little under GracefulStop's own limit, so the database still closes in time. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(100);

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("name");
        arguments.requirePositional(0, "no arguments besides options");
        String name = arguments.has("name") ? arguments.required("name") : defaultName();
        if (!WarcFiles.isWriterName(name)) {
            throw new UsageException("--name is lower-case letters, digits, dots and dashes (it names the worker's "
                    + "WARC files): " + name);
        }
        List<String> properties = new ArrayList<>(arguments.properties());
        properties.add("--pubharvest.distributed.worker-name=" + name);
        properties.add("--pubharvest.archive.writer=" + name);
        // The manager cut each host into as many slices as it allows requests at once, one slice per worker.
        properties.add("--pubharvest.fetch.max-concurrency-per-host=1");
        DistributedMode.requireSharedDatabase(properties);
        try (GracefulStop gracefulStop = GracefulStop.install();
             ConfigurableApplicationContext context = Applications.serve(properties)) {
            DefaultMessageListenerContainer requests = context.getBean(DefaultMessageListenerContainer.class);
            PartitionWorker worker = context.getBean(PartitionWorker.class);
            RunningPartitions running = context.getBean(RunningPartitions.class);
            CountDownLatch stopped = new CountDownLatch(1);
            gracefulStop.onSignalRun(() -> {
                requests.stop();
                stopRunningPartition(worker, running);
                stopped.countDown();
            });
            PubharvestProperties.Distributed distributed = context.getBean(PubharvestProperties.class).distributed();
            out.println("worker " + name + ": taking partitions from " + distributed.requestQueue() + " at "
                    + distributed.brokerUrl() + "; health and metrics at " + Applications.actuatorUrl(context));
            out.flush();
            stopped.await();
            return Cli.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted", e);
        }
    }

    /**
     * Asks again while waiting: a request taken just before the listener stopped may only now have begun
     * its step.
     */
    private static void stopRunningPartition(PartitionWorker worker, RunningPartitions running) {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            do {
                running.stopAfterCurrentChunk();
                Thread.sleep(100);
            } while (worker.busy() && System.nanoTime() < deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The host's name: a container's or pod's, unique among the workers of a cluster. */
    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = "worker-" + host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
