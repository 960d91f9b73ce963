package org.pubharvest.config;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application behind the commands that need the warehouse and the job repository. */
@SpringBootApplication
@EnableConfigurationProperties(PubharvestProperties.class)
public class HarvestApplication {
}
