package org.pubharvest.config;

import org.pubharvest.config.cli.Cli;

/** {@code java -jar pubharvest.jar <command> [--options]}: see {@code --help}. */
public final class PubharvestMain {

    private PubharvestMain() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
