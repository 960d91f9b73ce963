package org.pubharvest.config.distributed;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.job.HarvestJobConfiguration;
import org.pubharvest.ingest.site.UrlMapper;
import org.pubharvest.load.frontier.Frontier;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * The beans of a distributed run: the manager's ({@code pubharvest.distributed.partitions} above 0) and
 * the worker's ({@code pubharvest.distributed.worker-name} set, by the {@code worker} command). A process
 * of one is neither, and has none of them.
 */
public final class DistributedConfiguration {

    private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstanceId}";

    private DistributedConfiguration() {
    }

    /**
     * Artemis's JMS client. A consumer window of 0 makes a worker take one request at a time from the
     * broker, instead of buffering several while it runs one and leaving other workers idle.
     */
    static ConnectionFactory connectionFactory(String brokerUrl) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        factory.setConsumerWindowSize(0);
        return factory;
    }

    static PartitionClaims partitionClaims(JdbcClient jdbc) {
        return new PartitionClaims(jdbc);
    }

    /** The manager's side. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("${pubharvest.distributed.partitions:0} > 0")
    static class Manager {

        @Bean
        ConnectionFactory partitionBrokerConnection(PubharvestProperties properties) {
            return connectionFactory(properties.distributed().brokerUrl());
        }

        @Bean
        @ConditionalOnExpression("${pubharvest.distributed.embedded-broker:false}")
        EmbeddedBroker embeddedBroker(PubharvestProperties properties) {
            PubharvestProperties.Distributed distributed = properties.distributed();
            Path directory = distributed.brokerDirectory().isBlank() ? Path.of("data", "broker")
                    : Path.of(distributed.brokerDirectory());
            return new EmbeddedBroker(distributed.embeddedBrokerPort(), directory);
        }

        @Bean
        PartitionClaims managerPartitionClaims(JdbcClient jdbc) {
            return partitionClaims(jdbc);
        }

        /** A manager that finds its run left running by a dead one waits for the partitions still running. */
        @Bean
        LivePartitions livePartitions(JobRepository jobRepository, PartitionClaims managerPartitionClaims,
                                      PubharvestProperties properties, Clock clock) {
            PubharvestProperties.Distributed distributed = properties.distributed();
            return new LivePartitions(jobRepository, managerPartitionClaims, distributed.pollInterval(),
                    distributed.heartbeatTimeout(), distributed.timeout(), clock);
        }

        @Bean
        PartitionRequests partitionRequests(ConnectionFactory partitionBrokerConnection, PubharvestProperties properties) {
            return new PartitionRequests(new JmsTemplate(partitionBrokerConnection), properties.distributed().requestQueue());
        }

        /** Step-scoped for the run's id; typed by its interface, so that the scope's proxy is a JDK one. */
        @Bean
        @StepScope
        Partitioner fetchPartitioner(Frontier frontier, UrlMapper urlMapper, PubharvestProperties properties,
                                         @Value(RUN_ID) Long runId) {
            return new HostPartitioner(runId, frontier, urlMapper, properties.fetch().maxConcurrencyPerHost());
        }

        @Bean
        @StepScope
        Partitioner extractPartitioner(Frontier frontier, @Value(RUN_ID) Long runId) {
            return new FetchedPartitioner(runId, frontier);
        }

        /** The job's fetch and extract steps as manager steps: same names, the work sent to the workers. */
        @Bean
        HarvestJobConfiguration.FetchAndExtract partitionedFetchAndExtract(
                JobRepository jobRepository, Partitioner fetchPartitioner, Partitioner extractPartitioner,
                PartitionRequests partitionRequests, PartitionClaims managerPartitionClaims,
                PubharvestProperties properties, Clock clock) {
            PubharvestProperties.Distributed distributed = properties.distributed();
            RepositoryPollingPartitionHandler.Settings settings = new RepositoryPollingPartitionHandler.Settings(
                    distributed.pollInterval(), distributed.timeout(), distributed.heartbeatTimeout());
            Step fetch = new StepBuilder("fetch", jobRepository)
                    .partitioner("fetchStep", fetchPartitioner)
                    .partitionHandler(new RepositoryPollingPartitionHandler("fetchStep", distributed.partitions(),
                            partitionRequests, jobRepository, managerPartitionClaims, settings, clock))
                    .build();
            Step extract = new StepBuilder("extract", jobRepository)
                    .partitioner("extractStep", extractPartitioner)
                    .partitionHandler(new RepositoryPollingPartitionHandler("extractStep", distributed.partitions(),
                            partitionRequests, jobRepository, managerPartitionClaims, settings, clock))
                    .build();
            return new HarvestJobConfiguration.FetchAndExtract(fetch, extract);
        }
    }

    /** The worker's side. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${pubharvest.distributed.worker-name:}' != ''")
    static class Worker {

        @Bean
        PartitionClaims workerPartitionClaims(JdbcClient jdbc) {
            return partitionClaims(jdbc);
        }

        @Bean
        PartitionWorker partitionWorker(BeanFactory beanFactory, JobRepository jobRepository,
                                        PartitionClaims workerPartitionClaims, PubharvestProperties properties) {
            BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
            steps.setBeanFactory(beanFactory);
            StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
            handler.setStepLocator(steps);
            handler.setJobRepository(jobRepository);
            PubharvestProperties.Distributed distributed = properties.distributed();
            return new PartitionWorker(distributed.workerName(), handler, jobRepository, workerPartitionClaims,
                    distributed.heartbeatInterval());
        }

        /**
         * One consumer: a worker runs one partition at a time, using its fetch threads across that
         * partition's hosts. The container reconnects by itself when the broker goes away and comes back.
         * A request is acknowledged only once its partition has ended (client acknowledgement): one taken by
         * a worker that dies or stops before it claims the partition goes back to the queue for another,
         * instead of being lost. Any later delivery finds the partition claimed or ended, and is dropped.
         */
        @Bean
        DefaultMessageListenerContainer partitionRequestListener(PartitionWorker partitionWorker,
                                                                  PubharvestProperties properties) {
            DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
            container.setConnectionFactory(connectionFactory(properties.distributed().brokerUrl()));
            container.setDestinationName(properties.distributed().requestQueue());
            container.setMessageListener(partitionWorker);
            container.setSessionAcknowledgeMode(Session.CLIENT_ACKNOWLEDGE);
            container.setConcurrentConsumers(1);
            container.setReceiveTimeout(1000);
            container.setRecoveryInterval(2000);
            return container;
        }
    }
}
