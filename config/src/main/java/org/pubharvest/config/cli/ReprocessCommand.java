package org.pubharvest.config.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.TreeSet;

import org.pubharvest.config.job.PageKinds;
import org.pubharvest.config.reprocess.ReprocessCounts;
import org.pubharvest.config.reprocess.ReprocessScope;
import org.pubharvest.config.reprocess.Reprocessor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code reprocess [--kind=K] [--since=YYYY-MM-DD]}: extracts the stored pages again from the page
 * archive, fetching nothing (after a site profile is fixed), through the harvest's own extract and
 * load path, and prints what changed. Exits 3 when pages that loaded before are now rejected: the data
 * they gave is kept, but the profile change probably broke something.
 */
final class ReprocessCommand implements Command {

    @Override
    public int run(Arguments arguments, PrintStream out) {
        arguments.allowOnly("kind", "since");
        arguments.requirePositional(0, "no arguments besides options");
        String kind = arguments.has("kind") ? arguments.required("kind") : null;
        LocalDate since = arguments.has("since") ? date(arguments.required("since")) : null;
        try (ConfigurableApplicationContext context = Applications.harvest(arguments.properties())) {
            TreeSet<String> known = new TreeSet<>(context.getBean(PageKinds.class).names());
            if (kind != null && !known.contains(kind)) {
                throw new UsageException("--kind names an unknown page kind '" + kind + "' (known: "
                        + String.join(", ", known) + ")");
            }
            ReprocessScope scope = new ReprocessScope(kind, since);
            ReprocessCounts counts = context.getBean(Reprocessor.class).run(scope);
            out.println("reprocess " + scope.describe() + ": " + counts.summary());
            if (counts.newRejects() > 0) {
                out.println("warning: " + counts.newRejects() + " page(s) that loaded before are now rejected (their rows "
                        + "are kept as they were); see 'query \"select url, reason from reject where step = 'reprocess'\"'");
                return Cli.COMPLETED_WITH_WARNINGS;
            }
            return Cli.OK;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("--since must be a date as YYYY-MM-DD, got '" + text + "'");
        }
    }
}
