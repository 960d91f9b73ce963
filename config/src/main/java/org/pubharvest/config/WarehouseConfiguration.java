package org.pubharvest.config;

import java.time.Clock;

import javax.sql.DataSource;

import org.pubharvest.config.warehouse.MigrationPausePoint;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The warehouse's repositories, over the one DataSource that also holds the job repository. */
@Configuration(proxyBeanMethods = false)
public class WarehouseConfiguration {

    @Bean
    FlywayMigrationStrategy flywayMigrationStrategy() {
        return new WarehouseMigrationStrategy();
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
