package org.pubharvest.config.job;

import org.pubharvest.config.support.PostgresServer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every test of {@link HarvestJobIT} again, with the warehouse and the job repository in a real
 * PostgreSQL server under the {@code postgres} profile, migrated by the same Flyway migrations.
 */
@ActiveProfiles({"sample-site", "postgres"})
class HarvestJobPostgresIT extends HarvestJobIT {

    /** Made once: the registry's supplier is asked again each time the url is read, and a new one drops the old. */
    private static String database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", HarvestJobPostgresIT::database);
        registry.add("spring.datasource.username", () -> PostgresServer.SUPERUSER);
        registry.add("spring.datasource.password", () -> "");
    }

    private static synchronized String database() {
        if (database == null) {
            database = PostgresServer.newDatabase("harvest_job_it");
        }
        return database;
    }
}
