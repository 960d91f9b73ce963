package org.pubharvest.config.jobrepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Execution contexts are stored as JSON, and a warehouse an older version wrote with Java serialization
 * is rewritten on start-up: a real H2 database migrated to V11, contexts written by a job repository
 * with Spring Batch's old default serializer, then V13.
 */
class ExecutionContextsAsJsonTest {

    private final ExecutionContextSerializer serializer = new JobRepositoryContextConfiguration().executionContextSerializer();
    private DataSource dataSource;
    /** The job repository as an older version had it: contexts written with Java serialization. */
    private JobRepository old;

    @BeforeEach
    void warehouseAtV11() throws Exception {
        dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:contexts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        flyway().target("11").load().migrate();
        old = repository(new DefaultExecutionContextSerializer());
    }

    @Test
    void everyValueOurStepsStoreComesBackFromJsonWithItsType() throws Exception {
        Map<String, Object> context = whatOurStepsStore();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.serialize(context, out);
        Map<String, Object> read = serializer.deserialize(new ByteArrayInputStream(out.toByteArray()));

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").doesNotContain(JavaSerializedContext.MARK);
        assertThat(read).isEqualTo(context);
        read.forEach((key, value) -> assertThat(value).as(key).isInstanceOf(context.get(key).getClass()));
    }

    @Test
    void aJavaSerializedContextIsRewrittenAsJsonAndAStepRestartsFromIt() throws Exception {
        JobExecution job = oldRun(new JobParametersBuilder().addString("sources", "publications").addLong("year", 2021L)
                .addLong("run", 1L).toJobParameters());
        job.getExecutionContext().putString("harvest.summary", "discovered=3");
        job.getExecutionContext().putInt("harvest.discovered", 3);
        old.updateExecutionContext(job);
        StepExecution discover = old.createStepExecution("discover", job);
        discover.getExecutionContext().putString("listing.source", "publications");
        discover.getExecutionContext().putString("listing.url", "https://www.amazon.science/publications?page=2");
        discover.getExecutionContext().putInt("listing.consumed", 7);
        discover.getExecutionContext().putLong("listing.long", 12_345_678_901L);
        discover.getExecutionContext().putString("long.text", "x".repeat(3_000));
        old.updateExecutionContext(discover);
        assertThat(storedStepContext(discover.getId())).startsWith(JavaSerializedContext.MARK);

        flyway().javaMigrations(new ExecutionContextsAsJson()).load().migrate();

        assertThat(storedStepContext(discover.getId())).startsWith("{");
        JobRepository upgraded = repository(serializer);
        ExecutionContext restarted = upgraded.getStepExecution(job.getId(), discover.getId()).getExecutionContext();
        assertThat(restarted.getString("listing.source")).isEqualTo("publications");
        assertThat(restarted.getString("listing.url")).isEqualTo("https://www.amazon.science/publications?page=2");
        assertThat(restarted.getInt("listing.consumed")).isEqualTo(7);
        assertThat(restarted.getLong("listing.long")).isEqualTo(12_345_678_901L);
        assertThat(restarted.getString("long.text")).hasSize(3_000);
        assertThat(upgraded.getJobExecution(job.getId()).getExecutionContext().getInt("harvest.discovered")).isEqualTo(3);
        // The restarted step writes its context as JSON, and reads it back.
        StepExecution again = upgraded.getStepExecution(job.getId(), discover.getId());
        again.getExecutionContext().putInt("listing.consumed", 8);
        upgraded.updateExecutionContext(again);
        assertThat(upgraded.getStepExecution(job.getId(), discover.getId()).getExecutionContext().getInt("listing.consumed"))
                .isEqualTo(8);
    }

    @Test
    void aRewriteCutOffHalfwayIsFinishedByRunningItAgain() throws Exception {
        JobExecution job = oldRun(new JobParametersBuilder().addLong("run", 2L).toJobParameters());
        StepExecution first = old.createStepExecution("discover", job);
        first.getExecutionContext().putInt("listing.consumed", 1);
        old.updateExecutionContext(first);
        StepExecution second = old.createStepExecution("fetch", job);
        second.getExecutionContext().putInt("listing.consumed", 2);
        old.updateExecutionContext(second);
        // As if the process had died after the first row: that row is JSON already, the second is not.
        JdbcClient.create(dataSource).sql("UPDATE BATCH_STEP_EXECUTION_CONTEXT SET SHORT_CONTEXT = ? WHERE STEP_EXECUTION_ID = ?")
                .params(json(Map.of("listing.consumed", 1)), first.getId()).update();

        flyway().javaMigrations(new ExecutionContextsAsJson()).load().migrate();

        JobRepository upgraded = repository(serializer);
        assertThat(List.of(first.getId(), second.getId())).extracting(id -> upgraded.getStepExecution(job.getId(), id)
                .getExecutionContext().getInt("listing.consumed")).containsExactly(1, 2);
    }

    @Test
    void aContextHoldingAClassOutsideTheValueTypesIsRefusedWithoutBeingInstantiated() throws Exception {
        JobExecution job = oldRun(new JobParametersBuilder().addLong("run", 3L).toJobParameters());
        StepExecution step = old.createStepExecution("discover", job);
        step.getExecutionContext().put("planted", new Tripwire());
        step.getExecutionContext().put("url", URI.create("https://example.org"));
        old.updateExecutionContext(step);
        Tripwire.instantiated = false;

        assertThatThrownBy(() -> flyway().javaMigrations(new ExecutionContextsAsJson()).load().migrate())
                .hasStackTraceContaining("BATCH_STEP_EXECUTION_CONTEXT row STEP_EXECUTION_ID = " + step.getId()
                        + " holds a serialized " + Tripwire.class.getName() + ", which is not a value type")
                .rootCause().isInstanceOf(java.io.InvalidClassException.class);
        assertThat(Tripwire.instantiated).isFalse();
        assertThat(storedStepContext(step.getId())).startsWith(JavaSerializedContext.MARK);
    }

    /** What the harvest's steps and Spring Batch put in contexts, and the types a restart reads them as. */
    private static Map<String, Object> whatOurStepsStore() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("listing.source", "publications");
        context.put("listing.consumed", 7);
        context.put("listing.pages", 2);
        context.put("harvest.summary", "loaded=20 unchanged=0");
        context.put("a.long", 12_345_678_901L);
        context.put("a.small.long", 5L);
        context.put("a.double", 0.25);
        context.put("a.flag", Boolean.TRUE);
        context.put("a.date", new Date(1_700_000_000_000L));
        context.put("batch.stepType", "org.springframework.batch.core.step.item.ChunkOrientedStep");
        return context;
    }

    private JobExecution oldRun(JobParameters parameters) {
        return old.createJobExecution(old.createJobInstance("harvest", parameters), parameters, new ExecutionContext());
    }

    private String json(Map<String, Object> values) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.serialize(values, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String storedStepContext(long stepExecutionId) {
        return JdbcClient.create(dataSource).sql("SELECT SHORT_CONTEXT FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID = ?")
                .param(stepExecutionId).query(String.class).single();
    }

    private JobRepository repository(ExecutionContextSerializer contexts) throws Exception {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new JdbcTransactionManager(dataSource));
        factory.setSerializer(contexts);
        factory.afterPropertiesSet();
        return factory.getObject();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .placeholders(Map.of("reportingUser", "reporting", "reportingPassword", "reporting"));
    }

    /** A class that would do something the moment it is read back; the rewrite must never read it. */
    static final class Tripwire implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        static volatile boolean instantiated;

        @Serial
        private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            instantiated = true;
            in.defaultReadObject();
        }
    }
}
