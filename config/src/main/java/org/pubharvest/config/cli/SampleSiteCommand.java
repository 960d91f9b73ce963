package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.pubharvest.config.bench.SyntheticSite;

/**
 * {@code sample-site --pages=N --out=DIR [--seed=S]}: writes a synthetic site of N publication pages
 * as static files that any web server can serve. Needs no database and starts no Spring.
 */
final class SampleSiteCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("pages", "out", "seed");
        arguments.requirePositional(0, "no arguments besides options");
        int pages = arguments.intOption("pages", 1, 1_000_000);
        Path directory = Path.of(arguments.required("out"));
        long seed = SyntheticSite.DEFAULT_SEED;
        if (arguments.has("seed")) {
            seed = arguments.intOption("seed", 0, Integer.MAX_VALUE);
        }
        out.println(new SyntheticSite().write(directory, pages, seed).line() + " under " + directory);
        return Cli.OK;
    }
}
