package org.pubharvest.config.schedule;

import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.job.DiscoverySource;
import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunOutcome;
import org.pubharvest.config.warehouse.WarehousePool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly harvest: every source, no year. Built in every context, started only by {@code serve}. */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

    /** Every source without a year: the newest listing pages, the newest most-read list, every job posting. */
    public static HarvestScope nightlyScope(List<DiscoverySource> sources) {
        TreeSet<String> names = new TreeSet<>();
        sources.forEach(source -> names.add(source.name()));
        return new HarvestScope(names, null);
    }

    @Bean
    NightlyHarvest nightlyHarvest(HarvestLauncher launcher, List<DiscoverySource> sources, PubharvestProperties properties,
                                  DataSource dataSource) {
        double warnShare = properties.harvest().warnRejectShare();
        return new NightlyHarvest(launcher, nightlyScope(sources), properties.schedule().cron(), report -> {
            log.info("scheduled run finished: {}", report.line());
            RunOutcome outcome = report.outcome(warnShare);
            if (outcome instanceof RunOutcome.TooManyRejects tooMany) {
                log.warn("run {}: {}", report.runId(), tooMany.warning());
            } else if (outcome instanceof RunOutcome.NotCompleted) {
                log.error("run {} ended {}; the next tick restarts it", report.runId(), report.status());
            }
        }, new WarehousePool(dataSource));
    }
}
