package org.pubharvest.config.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The peaks of this process's memory, written at exit to the file named by the system property
 * {@value #PROPERTY} when it is set: how the benchmark learns the harvest's own heap and RSS, which
 * it runs in a child JVM.
 */
public final class ResourcePeaks {

    public static final String PROPERTY = "pubharvest.bench.peaks-file";

    private ResourcePeaks() {
    }

    /** Called first thing in main: does nothing unless the property is set. */
    public static void writeAtExitIfAsked() {
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "resource-peaks"));
        }
    }

    /**
     * The sum of the heap pools' peaks: each pool's own high-water mark, so an upper bound on the
     * heap in use at any one moment (the pools need not peak together), in MiB.
     */
    static double heapPeakMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** The resident set's high-water mark (VmHWM) from /proc/self/status in MiB, or -1 where there is no /proc. */
    static double residentPeakMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, String.format(Locale.ROOT, "heap_peak_mb=%.1f%nrss_peak_mb=%.1f%n",
                    heapPeakMegabytes(), residentPeakMegabytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the resource peaks to " + file, e);
        }
    }
}
