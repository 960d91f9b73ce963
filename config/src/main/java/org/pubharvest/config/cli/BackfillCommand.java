package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.util.Optional;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunOutcome;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backfill --from=YYYY --to=YYYY [--force]}: each year of the sources the year picks
 * (publications, most-read lists) as its own run, oldest first. A year whose last run completed
 * is skipped unless {@code --force}, which harvests it again as a new run (the upserts keep the
 * rows single). A year that fails stops the backfill; the same command again restarts that run
 * where it stopped and goes on.
 */
final class BackfillCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("from", "to", "force");
        arguments.requirePositional(0, "no arguments besides options");
        int from = arguments.intOption("from", 1990, 2100);
        int to = arguments.intOption("to", 1990, 2100);
        if (from > to) {
            throw new UsageException("--from must not be after --to, got --from=" + from + " --to=" + to);
        }
        boolean force = arguments.has("force");
        try (GracefulStop gracefulStop = GracefulStop.install();
             ConfigurableApplicationContext context = Applications.harvest(arguments.properties())) {
            HarvestLauncher launcher = context.getBean(HarvestLauncher.class);
            gracefulStop.onSignalRun(launcher::stopRunning);
            double warnShare = context.getBean(PubharvestProperties.class).harvest().warnRejectShare();
            int exitCode = Cli.OK;
            for (int year = from; year <= to; year++) {
                String progress = String.format("backfill %d (%d of %d):", year, year - from + 1, to - from + 1);
                HarvestScope scope = Sources.yearly(context, year);
                Optional<JobExecution> completed = launcher.completedRun(scope);
                if (completed.isPresent() && !force) {
                    out.println(progress + " skipped, completed by run " + completed.get().getJobInstanceId()
                            + " (--force harvests it again)");
                    continue;
                }
                out.println(progress + (completed.isPresent() ? " harvesting again (--force)" : " harvesting"));
                RunOutcome outcome = Reports.print(launcher.harvest(scope), warnShare, out);
                if (outcome instanceof RunOutcome.NotCompleted) {
                    out.println("backfill stopped at " + year + ": run the same command again to resume it");
                    return Cli.FAILED;
                }
                if (outcome instanceof RunOutcome.TooManyRejects || outcome instanceof RunOutcome.Drifted) {
                    exitCode = Cli.COMPLETED_WITH_WARNINGS;
                }
            }
            out.println("backfill " + from + "-" + to + " done");
            return exitCode;
        }
    }
}
