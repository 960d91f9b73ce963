package org.pubharvest.config.job;

import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.BatchStatus;

/** How a run ended, as far as whoever scheduled it cares: each outcome has its own exit code. */
public sealed interface RunOutcome {

    /** Completed, rejects within the usual share. */
    record Completed() implements RunOutcome {
    }

    /**
     * Completed, but rejected more than the usual share of its urls: the data is in, and something
     * (a markup change, a site problem) wants a look before the next run.
     */
    record TooManyRejects(int rejected, int discovered, double warnShare) implements RunOutcome {

        public String warning() {
            return String.format(Locale.ROOT, "warning: the run rejected %d of %d urls (%.0f%%), more than "
                            + "pubharvest.harvest.warn-reject-share=%s; see 'status <run>' for the reasons",
                    rejected, discovered, 100.0 * rejected / discovered, warnShare);
        }
    }

    /**
     * Completed, rejects within the usual share, but some field filled far less than in the runs before
     * (or a list page kind gave nothing): the data is in, the site's markup probably changed.
     *
     * @param lines one per finding, e.g. "drift: publication.abstract fill 0.95 -> 0.10 over the last 3 runs"
     */
    record Drifted(List<String> lines) implements RunOutcome {

        public Drifted {
            lines = List.copyOf(lines);
        }
    }

    /** Failed or stopped: running the same command again continues it. */
    record NotCompleted(BatchStatus status) implements RunOutcome {
    }
}
