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

    /**
     * The report line, the warning when the run rejected too much and each drift finding, on stdout;
     * the reject warning also in the log (the report step logged the drift).
     */
    static RunOutcome print(RunReport report, double warnRejectShare, PrintStream out) {
        out.println(report.line());
        RunOutcome outcome = report.outcome(warnRejectShare);
        if (outcome instanceof RunOutcome.TooManyRejects tooMany) {
            out.println(tooMany.warning());
            log.warn("run {}: {}", report.runId(), tooMany.warning());
        }
        report.drift().forEach(out::println);
        if (!report.drift().isEmpty()) {
            out.println("warning: the run's markup looks different; see 'status " + report.runId() + "'");
        }
        return outcome;
    }

    static int exitCode(RunOutcome outcome) {
        if (outcome instanceof RunOutcome.Completed) {
            return Cli.OK;
        }
        if (outcome instanceof RunOutcome.TooManyRejects || outcome instanceof RunOutcome.Drifted) {
            return Cli.COMPLETED_WITH_WARNINGS;
        }
        return Cli.FAILED;
    }
}
