package org.pubharvest.config.cli;

import java.io.PrintStream;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code harvest [--year=YYYY] [--what=sources] [--full]}: one year from the configured sites, or without a
 * year the nightly run (the newest listing pages, the newest most-read list, every job posting),
 * the one-shot that cron, a systemd timer or a Kubernetes CronJob launches. {@code --full} fetches every
 * url the run discovers, whatever the revisit schedule says.
 */
final class HarvestCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("year", "what", "full");
        arguments.requirePositional(0, "no arguments besides options");
        Integer year = arguments.has("year") ? arguments.intOption("year", 1990, 2100) : null;
        try (GracefulStop gracefulStop = GracefulStop.install();
             ConfigurableApplicationContext context = Applications.harvest(arguments.properties())) {
            HarvestScope scope = Sources.scope(context, arguments.options().get("what"), year);
            HarvestLauncher launcher = context.getBean(HarvestLauncher.class);
            gracefulStop.onSignalRun(launcher::stopRunning);
            RunReport report = launcher.harvest(scope, arguments.has("full"));
            double warnShare = context.getBean(PubharvestProperties.class).harvest().warnRejectShare();
            return Reports.exitCode(Reports.print(report, warnShare, out));
        }
    }
}
