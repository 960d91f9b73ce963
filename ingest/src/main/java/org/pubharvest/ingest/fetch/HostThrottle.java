package org.pubharvest.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Per host: at most N requests at once, and a minimum pause after each before the next starts.
 * Thread-safe; waits block the calling thread.
 */
final class HostThrottle {

    private final int maxConcurrency;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    HostThrottle(int maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
    }

    /**
     * Runs the request when the host allows it: no more than the concurrency limit at once, each
     * start at least {@code delay} after the previous start and after the previous end.
     */
    <T> T call(String host, Duration delay, Supplier<T> request) throws InterruptedException {
        Host state = hosts.computeIfAbsent(host, name -> new Host(new Semaphore(maxConcurrency, true)));
        state.permits.acquire();
        try {
            state.waitForTurn(delay.toNanos());
            try {
                return request.get();
            } finally {
                state.finished(delay.toNanos());
            }
        } finally {
            state.permits.release();
        }
    }

    private static final class Host {
        private static final long MAX_SLEEP_MILLIS = 100;

        private final Semaphore permits;
        private long nextStartNanos;
        private boolean started;

        Host(Semaphore permits) {
            this.permits = permits;
        }

        void waitForTurn(long delayNanos) throws InterruptedException {
            while (true) {
                long wait;
                synchronized (this) {
                    long now = System.nanoTime();
                    wait = started ? nextStartNanos - now : 0;
                    if (wait <= 0) {
                        started = true;
                        nextStartNanos = now + delayNanos;
                        return;
                    }
                }
                Thread.sleep(Math.max(1, Math.min(MAX_SLEEP_MILLIS, wait / 1_000_000)));
            }
        }

        synchronized void finished(long delayNanos) {
            nextStartNanos = Math.max(nextStartNanos, System.nanoTime() + delayNanos);
        }
    }
}
