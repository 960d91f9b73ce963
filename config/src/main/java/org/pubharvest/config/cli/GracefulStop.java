package org.pubharvest.config.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM (a scheduler stopping the process) asks the running job to stop after its current
 * chunk and waits for it, so the execution ends STOPPED with every committed chunk kept and the
 * next run restarts it. Spring's own shutdown hook is off for these commands: it would close the
 * database under the running step.
 */
final class GracefulStop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final long MAX_WAIT_SECONDS = 120;

    private final AtomicReference<Runnable> stopAction = new AtomicReference<>(() -> { });
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "pubharvest-graceful-stop");

    private GracefulStop() {
    }

    static GracefulStop install() {
        GracefulStop stop = new GracefulStop();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** What to do on a signal, once there is something to stop. */
    void onSignalRun(Runnable action) {
        stopAction.set(action);
    }

    private void onSignal() {
        log.warn("stop requested: finishing the current chunk, then stopping (run the same command again to continue)");
        stopAction.get().run();
        try {
            if (!finished.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.error("the job did not stop within {} s; exiting anyway, the next run recovers it", MAX_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command is done (the job ended and the database is closed). */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownUnderWay) {
            // The hook is running or has run; it is waiting for the countDown above.
        }
    }
}
