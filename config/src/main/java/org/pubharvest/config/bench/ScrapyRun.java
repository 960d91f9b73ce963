package org.pubharvest.config.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Scrapy reading the same fields from the same served site ({@code bench/scrapy/publications_spider.py},
 * shipped in the jar), measured by {@code bench/scrapy/measured.py}: wall time, CPU of Scrapy's process,
 * and its resident peak. Scrapy is the usual Python tool for this work, which makes it the yardstick.
 *
 * @param items the items Scrapy wrote to its feed: a run that read fewer pages than the harvest is no comparison
 */
public record ScrapyRun(double wallSeconds, double cpuSeconds, double rssPeakMegabytes, long items) {

    private static final List<String> FILES = List.of("publications_spider.py", "measured.py");

    /** The {@code scrapy} command on the PATH, if there is one. */
    public static Optional<Path> scrapyOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator)).map(directory -> Path.of(directory, "scrapy"))
                .filter(Files::isExecutable).findFirst();
    }

    /** Python 3, as Scrapy's own script names it, to run the measuring wrapper with the same interpreter. */
    static String python(Path scrapy) {
        try {
            String shebang = Files.readAllLines(scrapy, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (shebang.startsWith("#!") && shebang.contains("python")) {
                return shebang.substring(2).trim().split("\\s+")[0];
            }
        } catch (IOException | UncheckedIOException e) {
            // not a script: fall back to the PATH's
        }
        return "python3";
    }

    static ScrapyRun run(Path scrapy, Path work, String baseUrl, int year) {
        Path directory = work.resolve("scrapy");
        Path feed = directory.resolve("items.jl");
        Path log = directory.resolve("scrapy.log");
        try {
            Files.createDirectories(directory);
            for (String file : FILES) {
                try (InputStream in = ScrapyRun.class.getResourceAsStream("/bench/scrapy/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("bench/scrapy/" + file + " is missing from the application");
                    }
                    Files.copy(in, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.deleteIfExists(feed);
            List<String> command = new ArrayList<>(List.of(python(scrapy), directory.resolve("measured.py").toString(),
                    scrapy.toString(), "runspider", directory.resolve("publications_spider.py").toString(),
                    "-a", "base=" + baseUrl, "-a", "year=" + year, "-O", feed.toString()));
            Path figuresFile = directory.resolve("measured.txt");
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(figuresFile.toFile()).start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("scrapy exited with " + exit + "; its log is " + log);
            }
            Map<String, Double> figures = figures(figuresFile);
            try (Stream<String> lines = Files.lines(feed, StandardCharsets.UTF_8)) {
                return new ScrapyRun(figures.get("wall_seconds"), figures.get("cpu_seconds"), figures.get("rss_peak_mb"),
                        lines.filter(line -> !line.isBlank()).count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run scrapy in " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scrapy ran", e);
        }
    }

    private static Map<String, Double> figures(Path file) throws IOException {
        Map<String, Double> figures = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] nameAndValue = line.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[1].trim().matches("-?[0-9.]+")) {
                figures.put(nameAndValue[0].trim(), Double.parseDouble(nameAndValue[1].trim()));
            }
        }
        for (String name : List.of("wall_seconds", "cpu_seconds", "rss_peak_mb")) {
            if (!figures.containsKey(name)) {
                throw new IllegalStateException("scrapy's measurement did not report " + name + " (" + file + ")");
            }
        }
        return figures;
    }
}
