package org.pubharvest.config.job;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.pubharvest.config.PubharvestProperties;
import org.pubharvest.config.distributed.RunningPartitions;
import org.pubharvest.config.drift.DriftCheck;
import org.pubharvest.config.progress.ProgressDisplay;
import org.pubharvest.config.progress.StepProgress;
import org.pubharvest.config.warehouse.WarehouseLock;
import org.pubharvest.ingest.fetch.PageFetcher;
import org.pubharvest.ingest.fetch.PoliteFetcher;
import org.pubharvest.ingest.fetch.SitemapDates;
import org.pubharvest.load.fill.FieldFills;
import org.pubharvest.load.frontier.Frontier;
import org.pubharvest.load.frontier.FrontierUrl;
import org.pubharvest.load.frontier.UrlState;
import org.pubharvest.load.page.PageArchive;
import org.pubharvest.load.run.HarvestRuns;
import org.pubharvest.load.run.RejectLog;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code harvest} job: discover, fetch, extract, reconcile, report. Each step keeps its progress in
 * the job repository or in the frontier table, so a restart of a failed execution resumes at the
 * last committed chunk, and every writer is idempotent, so a chunk that runs twice changes nothing.
 */
@Configuration(proxyBeanMethods = false)
public class HarvestJobConfiguration {

    public static final String JOB_NAME = "harvest";
    private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstanceId}";
    /** A worker's partition of the step (HostPartitioner.PARTITION); null in a run of one process. */
    private static final String PARTITION = "#{stepExecutionContext['partition']}";

    /**
     * The job's fetch and extract steps: run here, or, in a distributed run's manager, partitioned and sent
     * to workers ({@link org.pubharvest.config.distributed.DistributedConfiguration}), which run the steps
     * below on their partitions.
     */
    public record FetchAndExtract(Step fetch, Step extract) {
    }

    @Bean
    Job harvestJob(JobRepository jobRepository, Step discoverStep, Step fetchStep, Step extractStep,
                   Step reconcileStep, Step reportStep, HarvestRuns runs, Frontier frontier, Clock clock,
                   WarehouseLock warehouseLock, ObjectProvider<FetchAndExtract> partitioned) {
        FetchAndExtract steps = partitioned.getIfAvailable(() -> new FetchAndExtract(fetchStep, extractStep));
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new HarvestParameters.Validator())
                .listener(new HarvestRunListener(runs, frontier, clock, warehouseLock))
                .start(discoverStep)
                .next(steps.fetch())
                .next(steps.extract())
                .next(reconcileStep)
                .next(reportStep)
                .build();
    }

    @Bean
    ProgressDisplay progressDisplay() {
        return ProgressDisplay.forThisProcess();
    }

    @Bean
    Step discoverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ListingWalkReader listingWalkReader, FrontierWriter frontierWriter,
                      PubharvestProperties properties, ProgressDisplay progressDisplay) {
        return new StepBuilder("discover", jobRepository)
                .<FrontierUrl, FrontierUrl>chunk(properties.harvest().discoverChunkSize())
                .transactionManager(transactionManager)
                .reader(listingWalkReader)
                .writer(frontierWriter)
                // Discovery learns how much there is as it walks, so its progress has no total.
                .listener(new StepProgress(progressDisplay, stepExecution -> null))
                .build();
    }

    @Bean
    @StepScope
    ListingWalkReader listingWalkReader(PageFetcher fetcher, List<DiscoverySource> sources,
                                        @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters jobParameters) {
        HarvestScope scope = HarvestParameters.scope(jobParameters);
        // Sources are walked in the order of their names, so a restart finds them in the same order.
        List<DiscoverySource> walked = sources.stream().filter(source -> scope.includes(source.name()))
                .sorted(Comparator.comparing(DiscoverySource::name)).toList();
        return new ListingWalkReader(fetcher, walked, scope);
    }

    @Bean
    PageKinds pageKinds(List<PageKind<?>> kinds) {
        return new PageKinds(kinds);
    }

    @Bean
    @StepScope
    FrontierWriter frontierWriter(Frontier frontier, Clock clock, @Value(RUN_ID) Long runId) {
        return new FrontierWriter(runId, frontier, clock);
    }

    /**
     * Step-scoped for the run's {@code full} parameter ({@code harvest --full}: every url is due), and so
     * that each run reads the sites' sitemaps afresh.
     */
    @Bean
    @StepScope
    FetchProcessor fetchProcessor(PoliteFetcher fetcher, PageArchive archive, Clock clock, PageKinds kinds,
                                  PubharvestProperties properties,
                                  @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters jobParameters) {
        PubharvestProperties.Schedule schedule = properties.schedule();
        Optional<SitemapDates> sitemaps = schedule.sitemaps()
                ? Optional.of(new SitemapDates(fetcher, fetcher::sitemapsOf, schedule.maxSitemapFiles()))
                : Optional.empty();
        return new FetchProcessor(fetcher, archive, clock, kinds.listKinds(), sitemaps,
                HarvestParameters.isFull(jobParameters));
    }

    @Bean
    Step fetchStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   JdbcPagingItemReader<FrontierUrl> discoveredUrlReader, FetchProcessor fetchProcessor,
                   FetchOutcomeWriter fetchOutcomeWriter, PubharvestProperties properties, Frontier frontier,
                   ProgressDisplay progressDisplay, WorkerPool fetchWorkers, RunningPartitions runningPartitions) {
        ChunkOrientedStepBuilder<FrontierUrl, FetchOutcome> step = new StepBuilder("fetch", jobRepository)
                .<FrontierUrl, FetchOutcome>chunk(properties.harvest().fetchChunkSize())
                .transactionManager(transactionManager)
                .reader(discoveredUrlReader)
                .processor(fetchProcessor)
                .writer(fetchOutcomeWriter)
                .listener(new StepProgress(progressDisplay, urlsIn(frontier, UrlState.DISCOVERED)))
                .listener(runningPartitions);
        // Waiting for one response after another left the CPU idle most of the fetch step (README, "Benchmarks").
        fetchWorkers.executor().ifPresent(step::taskExecutor);
        return step.build();
    }

    /** What a worker asked to stop tells to end after the current chunk. */
    @Bean
    RunningPartitions runningPartitions() {
        return new RunningPartitions();
    }

    @Bean
    WorkerPool fetchWorkers(PubharvestProperties properties) {
        return new WorkerPool("fetch", properties.harvest().fetchThreads());
    }

    @Bean
    WorkerPool extractWorkers(PubharvestProperties properties) {
        return new WorkerPool("extract", properties.harvest().extractThreadCount());
    }

    @Bean
    @StepScope
    FetchOutcomeWriter fetchOutcomeWriter(PageArchive archive, RejectLog rejects, Frontier frontier, PageKinds kinds,
                                          Clock clock, PubharvestProperties properties, @Value(RUN_ID) Long runId) {
        return new FetchOutcomeWriter(runId, archive, rejects, frontier, kinds, clock,
                new RejectLimit(runId, properties.harvest().rejectLimit(), frontier));
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<FrontierUrl> discoveredUrlReader(DataSource dataSource, @Value(RUN_ID) Long runId,
                                                          @Value(PARTITION) Integer partition) throws Exception {
        return frontierReader("discoveredUrlReader", dataSource, runId, UrlState.DISCOVERED, partition);
    }

    @Bean
    Step extractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     JdbcPagingItemReader<FrontierUrl> fetchedUrlReader, ExtractProcessor extractProcessor,
                     ExtractOutcomeWriter extractOutcomeWriter, PubharvestProperties properties, Frontier frontier,
                     ProgressDisplay progressDisplay, WorkerPool extractWorkers, RunningPartitions runningPartitions) {
        ChunkOrientedStepBuilder<FrontierUrl, ExtractOutcome> step = new StepBuilder("extract", jobRepository)
                .<FrontierUrl, ExtractOutcome>chunk(properties.harvest().extractChunkSize())
                .transactionManager(transactionManager)
                .reader(fetchedUrlReader)
                .processor(extractProcessor)
                .writer(extractOutcomeWriter)
                .listener(new StepProgress(progressDisplay, urlsIn(frontier, UrlState.FETCHED)))
                .listener(runningPartitions);
        // Parsing and extraction are CPU work: one thread per core, the loading stays on the step's thread.
        extractWorkers.executor().ifPresent(step::taskExecutor);
        return step.build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<FrontierUrl> fetchedUrlReader(DataSource dataSource, @Value(RUN_ID) Long runId,
                                                       @Value(PARTITION) Integer partition) throws Exception {
        return frontierReader("fetchedUrlReader", dataSource, runId, UrlState.FETCHED, partition);
    }

    @Bean
    ExtractProcessor extractProcessor(PageArchive archive, PageKinds kinds, PubharvestProperties properties) {
        return new ExtractProcessor(archive, kinds, properties.harvest().maxExtractTime());
    }

    @Bean
    @StepScope
    ExtractOutcomeWriter extractOutcomeWriter(PageKinds kinds, RejectLog rejects, Frontier frontier,
                                              PageArchive archive, Clock clock, PubharvestProperties properties,
                                              FieldFills fieldFills, @Value(RUN_ID) Long runId) {
        return new ExtractOutcomeWriter(runId, kinds, rejects, frontier, archive, clock,
                new RejectLimit(runId, properties.harvest().rejectLimit(), frontier), fieldFills);
    }

    @Bean
    Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       ReconcileTasklet reconcileTasklet) {
        return new StepBuilder("reconcile", jobRepository)
                .tasklet(reconcileTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    ReconcileTasklet reconcileTasklet(ObjectProvider<Reconciler> reconcilers, Clock clock,
                                      @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters jobParameters) {
        return new ReconcileTasklet(reconcilers.orderedStream().toList(), HarvestParameters.scope(jobParameters), clock);
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    ReportTasklet reportTasklet) {
        return new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    ReportTasklet reportTasklet(Frontier frontier, HarvestRuns runs, Clock clock, @Value(RUN_ID) Long runId,
                                List<CompletedRunAction> actions, FieldFills fieldFills, DriftCheck driftCheck,
                                @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters jobParameters) {
        HarvestScope scope = HarvestParameters.scope(jobParameters);
        return new ReportTasklet(runId, frontier, runs, clock,
                actions.stream().filter(action -> scope.includes(action.source())).toList(), fieldFills, driftCheck);
    }

    @Bean
    DriftCheck driftCheck(FieldFills fieldFills, PageKinds kinds, PubharvestProperties properties) {
        return new DriftCheck(fieldFills, properties.harvest().drift(), kinds.listKinds());
    }

    /** What a frontier step has ahead of it: the run's urls still in the state it reads (a restart counts only those). */
    private static Function<StepExecution, Long> urlsIn(Frontier frontier, UrlState state) {
        return stepExecution -> frontier.countByState(stepExecution.getJobExecution().getJobInstanceId())
                .get(state).longValue();
    }

    /**
     * Sorted as the index (run_id, state, url) is, so the database reads a page as the next rows of
     * the index; sorted by url alone, H2 sorted every url left in the state for each page, a cost
     * that grew with the square of the run's size (README, "Benchmarks").
     */
    private static Map<String, Order> indexOrder() {
        Map<String, Order> order = new LinkedHashMap<>();
        order.put("run_id", Order.ASCENDING);
        order.put("state", Order.ASCENDING);
        order.put("url", Order.ASCENDING);
        return order;
    }

    /**
     * The run's urls in one state, in url order. The frontier itself is the step's progress: a
     * processed url leaves the state, so a restart reads exactly what is left and the reader
     * keeps no state of its own (paging is by key, not offset, so the moving set is read whole). A
     * worker's step reads only its partition's urls.
     */
    private static JdbcPagingItemReader<FrontierUrl> frontierReader(String name, DataSource dataSource, long runId,
                                                                    UrlState state, Integer partition) throws Exception {
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("runId", runId, "state", state.name()));
        if (partition != null) {
            parameters.put("partition", partition);
        }
        return new JdbcPagingItemReaderBuilder<FrontierUrl>()
                .name(name)
                .saveState(false)
                .dataSource(dataSource)
                .selectClause("SELECT run_id, state, url, kind, teaser_hash, teaser_changed")
                .fromClause("FROM frontier")
                .whereClause("WHERE run_id = :runId AND state = :state" + (partition == null ? "" : " AND partition_no = :partition"))
                .parameterValues(parameters)
                .sortKeys(indexOrder())
                .pageSize(100)
                .rowMapper((rs, row) -> new FrontierUrl(rs.getString("url"), rs.getString("kind"),
                        rs.getString("teaser_hash"), rs.getBoolean("teaser_changed")))
                .build();
    }
}
