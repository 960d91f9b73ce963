package org.pubharvest.config.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.pubharvest.config.bench.Benchmark;
import org.pubharvest.config.bench.BenchResult;
import org.pubharvest.config.bench.ScrapyRun;

/**
 * {@code bench --pages=N [--work=DIR] [--harvest-jvm-options="..."] [--compare-scrapy]}: the benchmark; prints one
 * {@code name=value} line per figure on stdout, progress on stderr. Without {@code --work} it works in
 * a temporary directory and deletes it after.
 */
final class BenchCommand implements Command {

    private final PrintStream progress;

    BenchCommand(PrintStream progress) {
        this.progress = progress;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("pages", "work", "harvest-jvm-options", "compare-scrapy");
        arguments.requirePositional(0, "no arguments besides options");
        int pages = arguments.intOption("pages", 1, 1_000_000);
        String jvmOptions = arguments.options().get("harvest-jvm-options");
        Optional<Path> scrapy = Optional.empty();
        if (arguments.has("compare-scrapy")) {
            scrapy = ScrapyRun.scrapyOnPath();
            if (scrapy.isEmpty()) {
                throw new UsageException("--compare-scrapy needs scrapy on the PATH (Debian: apt-get install python3-scrapy)");
            }
        }
        try {
            boolean temporary = !arguments.has("work");
            Path work = temporary ? Files.createTempDirectory("pubharvest-bench") : Path.of(arguments.required("work"));
            try {
                BenchResult result = new Benchmark(progress).run(pages, work, jvmOptions, scrapy);
                result.figures().forEach((name, value) -> out.println(name + "=" + value));
                return Cli.OK;
            } finally {
                if (temporary) {
                    Benchmark.deleteRecursively(work);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make or clean the benchmark's work directory", e);
        }
    }
}
