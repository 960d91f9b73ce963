package org.pubharvest.config.distributed;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * A worker's handling of one partition request: claim the partition, beat while running it through
 * spring-batch-integration's {@link StepExecutionRequestHandler} (which runs the named step on the step
 * execution the manager made), stop beating. A request for a partition that is no longer waiting (run
 * already, or failed by the manager) or that another worker claimed is dropped: a request the broker
 * delivers twice is run once.
 */
public final class PartitionWorker implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final String name;
    private final StepExecutionRequestHandler handler;
    private final JobRepository jobRepository;
    private final PartitionClaims claims;
    private final Duration heartbeatInterval;
    private final ScheduledExecutorService heartbeats;
    private final AtomicInteger running = new AtomicInteger();

    public PartitionWorker(String name, StepExecutionRequestHandler handler, JobRepository jobRepository,
                           PartitionClaims claims, Duration heartbeatInterval) {
        this.name = Objects.requireNonNull(name, "name");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.jobRepository = Objects.requireNonNull(jobRepository, "jobRepository");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.heartbeatInterval = Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "partition-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void onMessage(Message message) {
        StepExecutionRequest request;
        try {
            request = PartitionRequests.read(message);
        } catch (JMSException e) {
            log.warn("dropped a message on the request queue: {}", e.getMessage());
            return;
        }
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn("dropped {}: the job repository has no such step execution", request);
            return;
        }
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.info("dropped {}: it is {} already", request, partition.getStatus());
            return;
        }
        if (stopping(partition)) {
            // The manager marks it STOPPED when it next looks; running it would only run one chunk, then stop.
            log.info("dropped {}: its job is being stopped", request);
            return;
        }
        if (!claims.claim(partition.getId(), name)) {
            log.info("dropped {}: claimed already, by another worker or by the manager that stopped or recovered it", request);
            return;
        }
        run(request, partition.getStepName());
    }

    private boolean stopping(StepExecution partition) {
        JobExecution job = jobRepository.getJobExecution(partition.getJobExecutionId());
        return job != null && job.getStatus() == BatchStatus.STOPPING;
    }

    private void run(StepExecutionRequest request, String partitionName) {
        running.incrementAndGet();
        ScheduledFuture<?> beating = heartbeats.scheduleAtFixedRate(() -> beat(request.getStepExecutionId()),
                heartbeatInterval.toMillis(), heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        try {
            log.info("worker {}: running {}", name, partitionName);
            StepExecution done = handler.handle(request);
            log.info("worker {}: {} ended {} ({} read, {} written)", name, partitionName, done.getStatus(),
                    done.getReadCount(), done.getWriteCount());
        } finally {
            beating.cancel(false);
            running.decrementAndGet();
        }
    }

    private void beat(long stepExecutionId) {
        try {
            claims.beat(stepExecutionId);
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next beat tries again, and a long silence is the manager's call.
            log.warn("heartbeat for step execution {} not recorded: {}", stepExecutionId, e.getMessage());
        }
    }

    /** Whether a partition is running in this worker now. */
    public boolean busy() {
        return running.get() > 0;
    }

    public String name() {
        return name;
    }
}
