package org.pubharvest.config;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.flywaydb.core.api.migration.JavaMigration;
import org.pubharvest.config.warehouse.ArchiveDirectory;
import org.pubharvest.config.warehouse.H2WarehouseFiles;
import org.pubharvest.config.warehouse.HoldsH2File;
import org.pubharvest.config.warehouse.MigrationPausePoint;
import org.pubharvest.config.warehouse.ReadServer;
import org.pubharvest.config.warehouse.SecureOwnerAccount;
import org.pubharvest.config.warehouse.UndoCutShortMigration;
import org.pubharvest.config.warehouse.WarehouseLock;
import org.pubharvest.config.warehouse.WarehouseMigrationStrategy;
import org.pubharvest.load.fill.FieldFills;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.job.JobPostingHistory;
import org.pubharvest.load.job.JobPostingWriter;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.page.PageBodiesToWarc;
import org.pubharvest.load.page.WarcFiles;
import org.pubharvest.load.publication.PublicationWriter;
import org.pubharvest.load.run.HarvestRuns;
import org.pubharvest.load.run.RejectLog;
import org.pubharvest.load.schema.MigrationJournal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
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

    /**
     * Static, as a post-processor must be: it runs the journal's undo before the DataSource's first
     * connection. A process that only reads leaves a cut-short migration to the next harvest.
     */
    @Bean
    @ConditionalOnProperty(name = "pubharvest.warehouse.read-only", havingValue = "false", matchIfMissing = true)
    static UndoCutShortMigration undoCutShortMigration(ObjectProvider<MigrationJournal> migrationJournal) {
        return new UndoCutShortMigration(migrationJournal);
    }

    /** Static, as a post-processor must be: the H2 file's owner account gets its generated password first. */
    @Bean
    static SecureOwnerAccount secureOwnerAccount() {
        return new SecureOwnerAccount();
    }

    /** The H2 warehouse file served to readers on loopback while this process holds it. */
    @Bean
    @Conditional(HoldsH2File.class)
    ReadServer readServer(Environment environment, PubharvestProperties properties, Clock clock) {
        return new ReadServer(H2WarehouseFiles.forUrl(environment.getProperty("spring.datasource.url")).orElseThrow(),
                properties.warehouse().serverPort(), clock);
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

    /** The WARC files of the page archive; closed (and forced to disk) when the context closes. */
    @Bean
    WarcFiles warcFiles(PubharvestProperties properties, Environment environment, Clock clock, JdbcClient jdbc) {
        return new WarcFiles(archiveDirectory(properties, environment), properties.archive().maxFileSize().toBytes(),
                clock, jdbc, properties.fetch().userAgent(), properties.archive().writer());
    }

    @Bean
    PageArchive pageArchive(JdbcTemplate jdbc, WarcFiles warcFiles, PubharvestProperties properties) {
        return new PageArchive(jdbc, warcFiles, properties.fetch().userAgentHeader(), properties.schedule().revisitSchedule());
    }

    /** Migration V14, which moves the bodies an older version kept in the database into the archive's files. */
    @Bean
    JavaMigration pageBodiesToWarc(PubharvestProperties properties, Environment environment) {
        return new PageBodiesToWarc(archiveDirectory(properties, environment), properties.fetch().userAgentHeader());
    }

    private static Path archiveDirectory(PubharvestProperties properties, Environment environment) {
        return ArchiveDirectory.resolve(properties.archive().directory(), environment.getProperty("spring.datasource.url"));
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
