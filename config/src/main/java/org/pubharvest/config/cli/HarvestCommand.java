package org.pubharvest.config.cli;

import java.io.PrintStream;

import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code harvest --year=YYYY [--what=sources]}: one year from the configured sites. */
final class HarvestCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("year", "what");
        arguments.requirePositional(0, "no arguments besides options");
        int year = arguments.intOption("year", 1990, 2100);
        try (GracefulStop gracefulStop = GracefulStop.install();
             ConfigurableApplicationContext context = Applications.harvest(arguments.properties())) {
            HarvestScope scope = Sources.scope(context, arguments.options().get("what"), year);
            HarvestLauncher launcher = context.getBean(HarvestLauncher.class);
            gracefulStop.onSignalRun(launcher::stopRunning);
            RunReport report = launcher.harvest(scope);
            out.println(report.line());
            return report.completed() ? Cli.OK : Cli.FAILED;
        }
    }
}
