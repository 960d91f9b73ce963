package org.pubharvest.config.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.pubharvest.ingest.extract.PageText;

/**
 * The ceiling for harvesting on this machine: the harvester's own parse ({@link PageText}, jsoup)
 * of the synthetic publication pages from memory, on every core, with nothing else to do. A sample
 * of at most {@value #SAMPLE} pages spread over the site is held in memory and parsed round and
 * round for at least {@value #MINIMUM_MILLIS} ms after a warm-up pass, so the figure does not depend
 * on N, nor does the memory it takes.
 */
final class ParseLimit {

    static final int SAMPLE = 1000;
    static final long MINIMUM_MILLIS = 3000;
    static final long WARM_UP_MILLIS = 2000;

    private ParseLimit() {
    }

    /** Pages parsed per second on all cores. */
    static double pagesPerSecond(Path root, int publications) {
        List<byte[]> pages = sample(root, publications);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            parseFor(pool, threads, pages, WARM_UP_MILLIS, pages.size()); // warm-up: let the JIT compile the parser first
            long started = System.nanoTime();
            long parsed = parseFor(pool, threads, pages, MINIMUM_MILLIS, pages.size());
            return parsed / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Parses pages round robin on all threads until both {@code millis} have passed and {@code atLeast} pages are parsed. */
    private static long parseFor(ExecutorService pool, int threads, List<byte[]> pages, long millis, int atLeast) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        AtomicLong next = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                long index;
                while ((index = next.getAndIncrement()) < atLeast || System.nanoTime() < deadline) {
                    PageText.parse(pages.get((int) (index % pages.size())), "text/html; charset=UTF-8",
                            SiteLayout.CANONICAL_BASE + "/publications/page-" + index);
                }
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the parse limit", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing a synthetic page failed", e.getCause());
        }
        return next.get() - threads; // each thread took one index past the end
    }

    private static List<byte[]> sample(Path root, int publications) {
        try {
            List<String> files = Files.readAllLines(root.resolve("manifest.tsv")).stream()
                    .filter(line -> !line.startsWith("#") && !line.contains("/year/") && !line.contains("robots.txt"))
                    .map(line -> line.split("\t")[1])
                    .filter(file -> file.endsWith(".html") && !file.equals(SiteLayout.fileOf(SiteLayout.startPath())))
                    .toList();
            int step = Math.max(1, publications / SAMPLE);
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < files.size() && pages.size() < SAMPLE; i += step) {
                pages.add(Files.readAllBytes(root.resolve(files.get(i))));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synthetic site under " + root, e);
        }
    }
}
