package org.pubharvest.config.cli;

import java.io.PrintStream;

/** One command of the command line. */
interface Command {

    /**
     * Validates the arguments (throwing {@link UsageException} first, before any work) and runs.
     *
     * @return the exit code
     */
    int run(Arguments arguments, PrintStream out);
}
