package org.pubharvest.config.cli;

import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;

/** What a distributed run's manager and its workers need before anything starts. */
final class DistributedMode {

    private DistributedMode() {
    }

    /**
     * The warehouse and job repository must be one database that every machine reaches: an H2 file is
     * one process's (it refuses a second), so the manager and the workers could not share it.
     */
    static void requireSharedDatabase(List<String> properties) {
        String url;
        try (ConfigurableApplicationContext settings = Applications.settingsOnly(properties)) {
            url = settings.getEnvironment().getProperty("spring.datasource.url", "");
        }
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            throw new UsageException("distributed mode needs a PostgreSQL warehouse that every machine reaches "
                    + "(--spring.profiles.active=postgres and --spring.datasource.url=jdbc:postgresql://...): "
                    + "an H2 file is one process's");
        }
    }
}
