package org.pubharvest.config;

import java.time.Clock;

import javax.sql.DataSource;

import org.pubharvest.config.warehouse.MigrationPausePoint;
import org.pubharvest.config.warehouse.UndoCutShortMigration;
import org.pubharvest.config.warehouse.WarehouseLock;
import org.pubharvest.config.warehouse.WarehouseMigrationStrategy;
import org.pubharvest.load.fill.FieldFills;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.job.JobPostingHistory;
import org.pubharvest.load.job.JobPostingWriter;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.publication.PublicationWriter;
import org.pubharvest.load.run.HarvestRuns;
import org.pubharvest.load.run.RejectLog;
import org.pubharvest.load.schema.MigrationJournal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The warehouse's repositories, over the one DataSource that also holds the job repository. */
@Configuration(proxyBeanMethods = false)
public class WarehouseConfiguration {

    @Bean
    FlywayMigrationStrategy flywayMigrationStrategy(MigrationJournal migrationJournal) {
        return new WarehouseMigrationStrategy(migrationJournal);
    }

    /** The H2 warehouse file's migration journal; one that does nothing for any other database. */
    @Bean
    static MigrationJournal migrationJournal(Environment environment) {
        return MigrationJournal.forUrl(environment.getProperty("spring.datasource.url"));
    }

    /** Static, as a post-processor must be: it runs the journal's undo before the DataSource's first connection. */
    @Bean
    static UndoCutShortMigration undoCutShortMigration(ObjectProvider<MigrationJournal> migrationJournal) {
        return new UndoCutShortMigration(migrationJournal);
    }

    /** Only for crash tests, and only when asked for: see {@link MigrationPausePoint}. */
    @Bean
    @ConditionalOnProperty("pubharvest.testing.pause-in-migration")
    MigrationPausePoint migrationPausePoint(@Value("${pubharvest.testing.pause-in-migration}") String point) {
        return new MigrationPausePoint(point);
    }

    @Bean
    WarehouseLock warehouseLock(DataSource dataSource, Clock clock) {
        return new WarehouseLock(dataSource, clock);
    }

    @Bean
    PageArchive pageArchive(JdbcTemplate jdbc) {
        return new PageArchive(jdbc);
    }

    @Bean
    FieldFills fieldFills(JdbcTemplate jdbc) {
        return new FieldFills(jdbc);
    }

    @Bean
    Frontier frontier(JdbcTemplate jdbc) {
        return new Frontier(jdbc);
    }

    @Bean
    PublicationWriter publicationWriter(JdbcClient jdbc) {
        return new PublicationWriter(jdbc);
    }

    @Bean
    JobPostingWriter jobPostingWriter(JdbcClient jdbc) {
        return new JobPostingWriter(jdbc);
    }

    @Bean
    JobPostingHistory jobPostingHistory(JdbcClient jdbc) {
        return new JobPostingHistory(jdbc);
    }

    @Bean
    RejectLog rejectLog(JdbcClient jdbc) {
        return new RejectLog(jdbc);
    }

    @Bean
    HarvestRuns harvestRuns(JdbcClient jdbc) {
        return new HarvestRuns(jdbc);
    }
}
