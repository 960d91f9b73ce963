package org.pubharvest.config.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;

import org.pubharvest.config.job.DiscoverySource;
import org.pubharvest.config.job.HarvestScope;
import org.springframework.context.ApplicationContext;

/** Turns {@code --what=a,b} into a harvest scope, checking the names against the sources the application has. */
final class Sources {

    private Sources() {
    }

    /** @param what comma-separated source names, or null for all of them */
    static HarvestScope scope(ApplicationContext context, String what, Integer year) {
        TreeSet<String> known = new TreeSet<>();
        context.getBeansOfType(DiscoverySource.class).values().forEach(source -> known.add(source.name()));
        if (what == null || what.equals("all")) {
            return new HarvestScope(known, year);
        }
        TreeSet<String> wanted = new TreeSet<>();
        for (String name : Arrays.stream(what.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            if (!known.contains(name)) {
                throw new UsageException("--what names an unknown source '" + name + "' (known: all, "
                        + String.join(", ", known) + ")");
            }
            wanted.add(name);
        }
        if (wanted.isEmpty()) {
            throw new UsageException("--what needs at least one source (known: all, " + String.join(", ", known) + ")");
        }
        return new HarvestScope(wanted, year);
    }

    /** The sources the year picks (publications, most-read lists), for that year: what a backfill harvests. */
    static HarvestScope yearly(ApplicationContext context, int year) {
        return new HarvestScope(names(context, true), year);
    }

    /** The sources that ignore the year (job postings, harvested whole), or none. */
    static Optional<HarvestScope> yearless(ApplicationContext context) {
        TreeSet<String> names = names(context, false);
        return names.isEmpty() ? Optional.empty() : Optional.of(new HarvestScope(names, null));
    }

    private static TreeSet<String> names(ApplicationContext context, boolean followingYear) {
        TreeSet<String> names = new TreeSet<>();
        context.getBeansOfType(DiscoverySource.class).values().stream()
                .filter(source -> source.followsYear() == followingYear).forEach(source -> names.add(source.name()));
        return names;
    }
}
