package org.pubharvest.config.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

/**
 * The peaks of this process's memory, and its CPU time, written at exit to the file named by the system property
 * {@value #PROPERTY} when it is set: how the benchmark learns the harvest's own heap and RSS, which
 * it runs in a child JVM.
 */
public final class ResourcePeaks {

    public static final String PROPERTY = "pubharvest.bench.peaks-file";

    private ResourcePeaks() {
    }

    private static final AtomicLong HEAP_BEFORE_GC = new AtomicLong();
    private static final AtomicLong HEAP_AFTER_GC = new AtomicLong();

    /** Called first thing in main: does nothing unless the property is set. */
    public static void writeAtExitIfAsked() {
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            watchCollections();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file)), "resource-peaks"));
        }
    }

    /**
     * The heap is fullest just before a collection, so the largest heap in use before any collection
     * is the peak; the largest after one is the live set's peak, which is what must not grow with N.
     * (The pools' own peak usages cannot be summed: they peak at different times, and their sum
     * exceeds -Xmx.)
     */
    private static void watchCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                        HEAP_BEFORE_GC.accumulateAndGet(heapBytes(info.getMemoryUsageBeforeGc()), Math::max);
                        HEAP_AFTER_GC.accumulateAndGet(heapBytes(info.getMemoryUsageAfterGc()), Math::max);
                    }
                }, null, null);
            }
        }
    }

    private static long heapBytes(Map<String, MemoryUsage> usageByPool) {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = usageByPool.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                bytes += usage.getUsed();
            }
        }
        return bytes;
    }

    /** The peak heap in use, MiB: before the fullest collection, or now if that is more. */
    static double heapPeakMegabytes() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(HEAP_BEFORE_GC.get(), now) / (1024.0 * 1024.0);
    }

    /** The largest heap left in use after a collection, MiB. */
    static double heapLivePeakMegabytes() {
        return HEAP_AFTER_GC.get() / (1024.0 * 1024.0);
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

    /** CPU time of the whole process so far (all threads, user and system, JIT and collector included), seconds. */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, String.format(Locale.ROOT,
                    "heap_peak_mb=%.1f%nheap_live_peak_mb=%.1f%nrss_peak_mb=%.1f%ncpu_seconds=%.3f%n",
                    heapPeakMegabytes(), heapLivePeakMegabytes(), residentPeakMegabytes(), cpuSeconds()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the resource peaks to " + file, e);
        }
    }
}
