package org.pubharvest.config;

import org.pubharvest.config.bench.ResourcePeaks;
import org.pubharvest.config.cli.Cli;

/** {@code java -jar pubharvest.jar <command> [--options]}: see {@code --help}. */
public final class PubharvestMain {

    private PubharvestMain() {
    }

    public static void main(String[] args) {
        ResourcePeaks.writeAtExitIfAsked();
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
