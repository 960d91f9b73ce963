package org.pubharvest.ingest.bound;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The time limit of one page's extraction. Java cannot stop a thread, so the limit is kept two ways:
 * the work runs on a thread of its own whose hot loops (DOM walks, text measurement, the input of
 * regular expressions) call {@link #check()}, which throws once the deadline has passed; and the caller
 * waits no longer than the limit whatever the work does, so a loop that never checks costs a thread's
 * CPU until it ends, never the run its time.
 */
public final class ExtractionDeadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(new ExtractionThreads());

    private ExtractionDeadline() {
    }

    /**
     * Runs the work under the limit and returns what it gave.
     *
     * @throws ExtractionTimeoutException when the limit passed first
     */
    public static <T> T within(Duration limit, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("an extraction time limit must be positive, got " + limit);
        }
        Deadline deadline = new Deadline(System.nanoTime() + limit.toNanos(), limit);
        Future<T> running = THREADS.submit(() -> {
            CURRENT.set(deadline);
            try {
                return work.get();
            } finally {
                CURRENT.remove();
            }
        });
        try {
            return running.get(Math.max(0, deadline.endNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Interrupting is only a hint to the work; its next check() ends it.
            running.cancel(true);
            throw new ExtractionTimeoutException(limit);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an extraction", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** Throws when the current thread's extraction is past its deadline; free when there is none. */
    public static void check() {
        Deadline deadline = CURRENT.get();
        if (deadline != null && deadline.passed()) {
            throw new ExtractionTimeoutException(deadline.limit());
        }
    }

    /** What the work threw, as the work threw it: an extractor's own error stays what it was. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private record Deadline(long endNanos, Duration limit) {

        boolean passed() {
            return System.nanoTime() - endNanos > 0;
        }
    }

    /** Daemon threads: an extraction that never checks must not keep the JVM alive after the run. */
    private static final class ExtractionThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
