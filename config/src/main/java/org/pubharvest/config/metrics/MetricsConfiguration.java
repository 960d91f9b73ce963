package org.pubharvest.config.metrics;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.job.DiscoverySource;
import org.pubharvest.config.status.RunHistory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The harvest's own metrics ({@link HarvestMetrics}), in the registry Spring Boot's Actuator makes. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    HarvestMetrics harvestMetrics(MeterRegistry registry, RunHistory history, JdbcClient jdbc, Clock clock,
                                  PubharvestProperties properties, List<DiscoverySource> sources) {
        return new HarvestMetrics(registry, history, jdbc, clock, properties.harvest().warnRejectShare(),
                sources.stream().map(DiscoverySource::name).toList());
    }

    /** Once the warehouse is migrated and everything is up: the gauges of the last completed runs. */
    @EventListener(ApplicationReadyEvent.class)
    void seedRunGauges(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(HarvestMetrics.class).seedFromHistory();
    }
}
