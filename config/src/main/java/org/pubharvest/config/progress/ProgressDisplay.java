package org.pubharvest.config.progress;

import java.io.Console;
import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where progress goes: redrawn in place on a terminal, or a log line per chunk for cron, systemd and files. */
public sealed interface ProgressDisplay {

    void show(Progress progress);

    /** The step ended; the last state stays visible. */
    void finish(Progress progress);

    /** A bar on a terminal, plain log lines otherwise. */
    static ProgressDisplay forThisProcess() {
        return onTerminal() ? new TerminalBar(System.err) : new LogLines();
    }

    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From JDK 22 a console exists even when redirected, and Console.isTerminal() tells; before it, a
        // console existed only on a terminal. Java 17 is the build target, hence the reflection.
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException before22) {
            return true;
        }
    }

    /** Redraws one line on stderr (stdout carries only what a command prints). */
    final class TerminalBar implements ProgressDisplay {

        private static final int WIDTH = 30;
        private final PrintStream terminal;

        public TerminalBar(PrintStream terminal) {
            this.terminal = terminal;
        }

        @Override
        public void show(Progress progress) {
            terminal.print("\r" + ProgressFormatter.bar(progress, WIDTH) + "\u001B[K");
            terminal.flush();
        }

        @Override
        public void finish(Progress progress) {
            show(progress);
            terminal.println();
        }
    }

    /** One INFO line per chunk, each complete in itself. */
    final class LogLines implements ProgressDisplay {

        private static final Logger log = LoggerFactory.getLogger(ProgressDisplay.class);

        @Override
        public void show(Progress progress) {
            log.info("progress {}", ProgressFormatter.line(progress));
        }

        @Override
        public void finish(Progress progress) {
            log.info("done {}", ProgressFormatter.line(progress));
        }
    }
}
