package org.pubharvest.config.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.pubharvest.config.job.HarvestLauncher;
import org.pubharvest.config.job.HarvestScope;
import org.pubharvest.config.job.RunReport;
import org.pubharvest.config.warehouse.WarehousePool;
import org.pubharvest.config.warehouse.WarehouseTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Launches a harvest at every tick of a cron schedule. Ticks fire on their own thread and runs go
 * to another, so a tick that comes while a run is still going is seen, logged and skipped: runs
 * never overlap. A run that fails is continued by the next tick, since the launcher restarts the
 * last unfinished run of the same scope; after an H2 file that could not be written, the pool's
 * connections to the database H2 closed are dropped first, so that the next tick opens the file again.
 */
public class NightlyHarvest {

    private static final Logger log = LoggerFactory.getLogger(NightlyHarvest.class);

    private final HarvestLauncher launcher;
    private final HarvestScope scope;
    private final CronTrigger trigger;
    private final Consumer<RunReport> afterRun;
    private final WarehousePool warehousePool;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger skippedTicks = new AtomicInteger();
    private final AtomicInteger finishedRuns = new AtomicInteger();

    private ThreadPoolTaskScheduler ticks;
    private ExecutorService runs;

    /**
     * @param cron     a Spring cron expression (seconds first), in the machine's time zone
     * @param afterRun what to do with each finished run's report (log it, warn about rejects)
     */
    public NightlyHarvest(HarvestLauncher launcher, HarvestScope scope, String cron, Consumer<RunReport> afterRun,
                          WarehousePool warehousePool) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.trigger = new CronTrigger(Objects.requireNonNull(cron, "cron"), ZoneId.systemDefault());
        this.afterRun = Objects.requireNonNull(afterRun, "afterRun");
        this.warehousePool = Objects.requireNonNull(warehousePool, "warehousePool");
    }

    public synchronized void start() {
        if (ticks != null) {
            throw new IllegalStateException("already started");
        }
        runs = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "nightly-harvest"));
        ticks = new ThreadPoolTaskScheduler();
        ticks.setThreadNamePrefix("nightly-tick-");
        ticks.setPoolSize(1);
        ticks.initialize();
        ticks.schedule(this::tick, trigger);
        log.info("the harvest of {} runs on the schedule '{}' ({})", scope, trigger.getExpression(), ZoneId.systemDefault());
    }

    /** No more ticks; a run under way is asked to stop after its current chunk, and waited for. */
    public synchronized void stop(Duration wait) {
        if (ticks == null) {
            return;
        }
        ticks.shutdown();
        if (running.get()) {
            launcher.stopRunning();
        }
        runs.shutdown();
        try {
            if (!runs.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.error("the running harvest did not stop within {}; the next start recovers it", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int skippedTicks() {
        return skippedTicks.get();
    }

    public int finishedRuns() {
        return finishedRuns.get();
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            skippedTicks.incrementAndGet();
            log.warn("schedule tick skipped: the previous harvest of {} is still running (runs never overlap)", scope);
            return;
        }
        try {
            runs.execute(this::harvest);
        } catch (RuntimeException rejectedWhileStopping) {
            running.set(false);
        }
    }

    private void harvest() {
        try {
            afterRun.accept(launcher.harvest(scope));
        } catch (RuntimeException e) {
            warehousePool.discardIfTheFileFailed(e);
            Optional<String> warehouseTrouble = WarehouseTrouble.oneLine(e);
            if (warehouseTrouble.isPresent()) {
                // Another harvest holds the warehouse, or the database is away: nothing to debug, only to wait.
                log.warn("the scheduled harvest of {} did not run: {}; the next tick tries again", scope, warehouseTrouble.get());
                log.debug("the scheduled harvest's failure", e);
            } else {
                log.error("the scheduled harvest of {} could not run; the next tick tries again", scope, e);
            }
        } finally {
            finishedRuns.incrementAndGet();
            running.set(false);
        }
    }
}
