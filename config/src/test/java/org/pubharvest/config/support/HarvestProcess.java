package org.pubharvest.config.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real application jar run as a child process, the way cron or a scheduler runs it, so a
 * test can kill it with SIGKILL or SIGTERM at a moment of its choosing, or give it a small heap.
 */
public final class HarvestProcess {

    private static final Path JAR = Path.of("target", "pubharvest.jar");
    /** Children a failed test left running (a serve it timed out on) die with the test JVM, not after it. */
    private static final Set<Process> STARTED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Process::destroyForcibly)));
    }

    private final Process process;
    private final Path log;

    private HarvestProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar pubharvest.jar <args>} (extracted, with a CDS archive: {@link FastStartJar}), stdout and stderr to a log file. */
    public static HarvestProcess start(Path log, List<String> args) throws IOException {
        return start(log, "256m", args);
    }

    /** The same with a given maximum heap ({@code -Xmx}), e.g. "64m". */
    public static HarvestProcess start(Path log, String maxHeap, List<String> args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after 'package'");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-Xmx" + maxHeap);
        command.addAll(FastStartJar.launch(java, JAR));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        STARTED.add(process);
        process.onExit().thenRun(() -> STARTED.remove(process));
        return new HarvestProcess(process, log);
    }

    /** Waits until the condition holds, or fails if the process ends first or time runs out. */
    public void awaitWhileRunning(BooleanSupplier condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the harvest ended before " + what + "; log:\n" + Files.readString(log));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("timed out waiting for " + what + "; log so far:\n" + Files.readString(log));
            }
            Thread.sleep(5);
        }
    }

    /** The process id, as the process itself knows it. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no last chunk; as if the machine died. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the exit code once the process has stopped. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the harvest did not stop within " + timeout + " of SIGTERM");
        }
        return process.exitValue();
    }

    public int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the harvest did not finish within " + timeout + "; log:\n" + Files.readString(log));
        }
        return process.exitValue();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }
}
