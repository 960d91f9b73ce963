package org.pubharvest.config.cli;

import java.io.PrintStream;

import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.RunReport;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code harvest --year=YYYY}: one year's publications from the configured site. */
final class HarvestCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("year");
        arguments.requirePositional(0, "no arguments besides options");
        int year = arguments.intOption("year", 1990, 2100);
        try (ConfigurableApplicationContext context = Applications.harvest(arguments.properties())) {
            RunReport report = context.getBean(HarvestLauncher.class).harvestYear(year);
            out.println(report.line());
            return report.completed() ? Cli.OK : Cli.FAILED;
        }
    }
}
