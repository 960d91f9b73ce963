package org.pubharvest.load.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.pubharvest.load.page.PageBodiesToWarc;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh in-memory H2 warehouse, migrated by the same Flyway scripts the application runs. */
public final class TestWarehouse {

    private TestWarehouse() {
    }

    public static JdbcTemplate create() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        migrate(dataSource);
        return new JdbcTemplate(dataSource);
    }

    /** Migration V14, as the application registers it; a fresh warehouse has no bodies for it to move. */
    public static PageBodiesToWarc pageBodiesToWarc() {
        return new PageBodiesToWarc(Path.of(System.getProperty("java.io.tmpdir"), "pubharvest-test-warc"), "pubharvest-test");
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .placeholders(Map.of("reportingUser", "reporting", "reportingPassword", "reporting"))
                .javaMigrations(pageBodiesToWarc())
                .load()
                .migrate();
    }
}
