package org.pubharvest.config.reprocess;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.job.DiscoverySource;
import org.pubharvest.config.job.ExtractProcessor;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.PageKinds;
import org.pubharvest.config.job.Reconciler;
import org.pubharvest.config.job.WorkerPool;
import org.pubharvest.config.warehouse.WarehouseLock;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.page.ArchivedPages;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.run.RejectLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code reprocess}: the harvest's extract processor, worker threads and page kinds over the archive,
 * chunked like the extract step.
 */
@Configuration(proxyBeanMethods = false)
public class ReprocessConfiguration {

    @Bean
    Reprocessor reprocessor(JdbcClient jdbc, ExtractProcessor extractProcessor, PageKinds kinds, Frontier frontier,
                            RejectLog rejects, PageArchive archive, List<Reconciler> reconcilers,
                            List<DiscoverySource> sources, PlatformTransactionManager transactionManager, Clock clock,
                            PubharvestProperties properties, WorkerPool extractWorkers,
                            WarehouseLock warehouseLock) {
        TreeSet<String> names = new TreeSet<>();
        sources.forEach(source -> names.add(source.name()));
        return new Reprocessor(new ArchivedPages(jdbc),
                new ReprocessChunk(extractProcessor, kinds, frontier, rejects, archive, extractWorkers.executor()), reconcilers,
                new HarvestScope(names, null), new TransactionTemplate(transactionManager), clock,
                properties.harvest().extractChunkSize(), warehouseLock);
    }
}
