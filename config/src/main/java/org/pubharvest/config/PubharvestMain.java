package org.pubharvest.config;

import org.pubharvest.config.bench.ResourcePeaks;
import org.pubharvest.config.cli.Cli;
import org.pubharvest.config.warehouse.ReadServer;

/** {@code java -jar pubharvest.jar <command> [--options]}: see {@code --help}. */
public final class PubharvestMain {

    private PubharvestMain() {
    }

    public static void main(String[] args) {
        // Before any H2 class loads: the warehouse's read server listens on loopback only (ReadServer).
        System.setProperty(ReadServer.BIND_ADDRESS_PROPERTY, ReadServer.LOOPBACK);
        useTwoAsyncThreadsAtLeast();
        ResourcePeaks.writeAtExitIfAsked();
        System.exit(new Cli(System.out, System.err).run(args));
    }

    /**
     * On a machine of one or two cores the JDK sizes the common pool at one thread, and then
     * {@code CompletableFuture} starts a new thread for every asynchronous stage, among them
     * one of every {@code HttpClient.sendAsync}: about 2 ms more per request, measured on loopback
     * on 2 cores (README, "Benchmarks"). Two threads turn that back into a pool. The property is read
     * once, when the pool is first used, so this runs first; an explicit setting wins.
     */
    private static void useTwoAsyncThreadsAtLeast() {
        String parallelism = "java.util.concurrent.ForkJoinPool.common.parallelism";
        if (System.getProperty(parallelism) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(parallelism, "2");
        }
    }
}
