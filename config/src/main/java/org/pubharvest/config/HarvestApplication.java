package org.pubharvest.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application behind the commands that need the warehouse and the job repository. */
@SpringBootApplication
@EnableConfigurationProperties(PubharvestProperties.class)
public class HarvestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    static H2ShutdownControl h2ShutdownControl() {
        return new H2ShutdownControl();
    }

    @Bean
    static SiteProfileDirectory siteProfileDirectory() {
        return new SiteProfileDirectory();
    }
}
