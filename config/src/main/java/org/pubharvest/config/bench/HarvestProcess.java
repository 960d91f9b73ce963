package org.pubharvest.config.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pubharvest.config.PubharvestMain;

/**
 * One {@code harvest} in a child JVM with {@value #MAX_HEAP}, so that its heap and RSS are the
 * harvest's own and not the benchmark's: the same application jar when the benchmark runs from it,
 * the same class path otherwise (tests).
 *
 * @param seconds wall time from start to exit, JVM start-up included
 * @param peaks   what the child's {@link ResourcePeaks} wrote, by name
 */
record HarvestProcess(double seconds, Map<String, Double> peaks) {

    static final String MAX_HEAP = "-Xmx256m";

    static HarvestProcess run(Path work, String name, List<String> harvestArguments, List<String> jvmOptions) {
        Path peaksFile = work.resolve(name + "-peaks.txt");
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(MAX_HEAP);
        command.addAll(jvmOptions);
        command.add("-D" + ResourcePeaks.PROPERTY + "=" + peaksFile);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, PubharvestMain.class.getName()));
        }
        command.add("harvest");
        command.addAll(harvestArguments);
        try {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (exit != 0) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                throw new IllegalStateException("the " + name + " harvest exited with " + exit + "; its log " + log + " ends: "
                        + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
            }
            return new HarvestProcess(seconds, readPeaks(peaksFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the " + name + " harvest", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the " + name + " harvest", e);
        }
    }

    private static Map<String, Double> readPeaks(Path file) throws IOException {
        Map<String, Double> peaks = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] nameAndValue = line.split("=", 2);
            if (nameAndValue.length == 2) {
                peaks.put(nameAndValue[0].trim(), Double.parseDouble(nameAndValue[1].trim()));
            }
        }
        return peaks;
    }

    /** JVM options given as one space-separated string, as in JAVA_TOOL_OPTIONS. */
    static List<String> options(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank() ? List.of()
                : Arrays.stream(spaceSeparated.trim().split("\\s+")).toList();
    }
}
