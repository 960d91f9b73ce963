package org.pubharvest.config.cli;

import java.io.PrintStream;

import org.pubharvest.config.job.RunOutcome;
import org.pubharvest.config.job.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints what a run came to and turns its outcome into the exit code a scheduler alerts on. */
final class Reports {

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private Reports() {
    }

    /** The report line, and the warning when the run rejected too much, on stdout; the warning also in the log. */
    static RunOutcome print(RunReport report, double warnRejectShare, PrintStream out) {
        out.println(report.line());
        RunOutcome outcome = report.outcome(warnRejectShare);
        if (outcome instanceof RunOutcome.TooManyRejects tooMany) {
            out.println(tooMany.warning());
            log.warn("run {}: {}", report.runId(), tooMany.warning());
        }
        return outcome;
    }

    static int exitCode(RunOutcome outcome) {
        if (outcome instanceof RunOutcome.Completed) {
            return Cli.OK;
        }
        if (outcome instanceof RunOutcome.TooManyRejects) {
            return Cli.TOO_MANY_REJECTS;
        }
        return Cli.FAILED;
    }
}
