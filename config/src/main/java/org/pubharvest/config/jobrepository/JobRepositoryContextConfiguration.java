package org.pubharvest.config.jobrepository;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.dao.JacksonExecutionContextStringSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Execution contexts as JSON. Spring Batch's default stores them with Java serialization, and reading
 * a serialized object back can instantiate any class on the classpath that the bytes name; JSON with
 * Spring Batch's trusted types reads back only values. Spring Boot's batch configuration takes the
 * serializer bean, and Flyway runs the rewrite of old rows before the job repository is first used.
 */
@Configuration(proxyBeanMethods = false)
public class JobRepositoryContextConfiguration {

    @Bean
    ExecutionContextSerializer executionContextSerializer() {
        return new JacksonExecutionContextStringSerializer();
    }

    @Bean
    JavaMigration executionContextsAsJson() {
        return new ExecutionContextsAsJson();
    }
}
