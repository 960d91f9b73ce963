package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code harvest [--year=YYYY] [--what=sources] [--full]}: one year from the configured sites, or without a
 * year the nightly run (the newest listing pages, the newest most-read list, every job posting),
 * the one-shot that cron, a systemd timer or a Kubernetes CronJob launches. {@code --full} fetches every
 * url the run discovers, whatever the revisit schedule says. {@code --partitions=N} makes this process
 * the manager of a distributed run: it discovers, sends fetch and extract to the workers in N partitions,
 * and reconciles and reports (README, "Beyond one machine").
 */
final class HarvestCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("year", "what", "full", "partitions", "embedded-broker");
        arguments.requirePositional(0, "no arguments besides options");
        Integer year = arguments.has("year") ? arguments.intOption("year", 1990, 2100) : null;
        List<String> properties = new ArrayList<>(arguments.properties());
        if (arguments.has("partitions")) {
            properties.add("--pubharvest.distributed.partitions=" + arguments.intOption("partitions", 1, 10_000));
            properties.add("--pubharvest.distributed.embedded-broker=" + arguments.has("embedded-broker"));
            DistributedMode.requireSharedDatabase(properties);
        } else if (arguments.has("embedded-broker")) {
            throw new UsageException("--embedded-broker goes with --partitions=N");
        }
        try (GracefulStop gracefulStop = GracefulStop.install();
             ConfigurableApplicationContext context = Applications.harvest(properties)) {
            HarvestScope scope = Sources.scope(context, arguments.options().get("what"), year);
            HarvestLauncher launcher = context.getBean(HarvestLauncher.class);
            gracefulStop.onSignalRun(launcher::stopRunning);
            RunReport report = launcher.harvest(scope, arguments.has("full"));
            double warnShare = context.getBean(PubharvestProperties.class).harvest().warnRejectShare();
            return Reports.exitCode(Reports.print(report, warnShare, out));
        }
    }
}
