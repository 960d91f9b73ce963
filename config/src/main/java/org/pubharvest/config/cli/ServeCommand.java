package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.schedule.NightlyHarvest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code serve}: stays up, launches the nightly harvest on the cron schedule, and serves Actuator
 * health and metrics on the management port. SIGTERM stops the schedule, lets a running harvest
 * finish its current chunk (it ends STOPPED and the next start continues it) and exits with 143.
 */
final class ServeCommand implements Command {

    /** A little under GracefulStop's own limit, so the database still closes in time. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(100);

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly();
        arguments.requirePositional(0, "no arguments besides options");
        try (GracefulStop gracefulStop = GracefulStop.install();
             ConfigurableApplicationContext context = Applications.serve(arguments.properties())) {
            NightlyHarvest nightly = context.getBean(NightlyHarvest.class);
            CountDownLatch stopped = new CountDownLatch(1);
            gracefulStop.onSignalRun(() -> {
                nightly.stop(STOP_WAIT);
                stopped.countDown();
            });
            nightly.start();
            out.println("serve: nightly harvest on '" + context.getBean(PubharvestProperties.class).schedule().cron()
                    + "'; health and metrics at " + Applications.actuatorUrl(context));
            out.flush();
            stopped.await();
            return Cli.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted", e);
        }
    }
}
