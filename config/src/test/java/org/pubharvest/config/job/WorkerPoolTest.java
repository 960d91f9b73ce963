package org.pubharvest.config.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.core.task.AsyncTaskExecutor;

class WorkerPoolTest {

    @Test
    void oneThreadMeansProcessingInLine() {
        WorkerPool pool = new WorkerPool("fetch", 1);

        assertThat(pool.executor()).isEmpty();
        pool.destroy();
    }

    @Test
    void severalThreadsRunThatManyTasksAtOnceUnderTheirName() throws Exception {
        WorkerPool pool = new WorkerPool("extract", 3);
        AsyncTaskExecutor executor = pool.executor().orElseThrow();
        CountDownLatch allStarted = new CountDownLatch(3);
        Set<String> names = ConcurrentHashMap.newKeySet();
        try {
            Future<?>[] tasks = new Future<?>[3];
            for (int i = 0; i < 3; i++) {
                tasks[i] = executor.submit(() -> {
                    names.add(Thread.currentThread().getName());
                    allStarted.countDown();
                    // Each task waits for the others: only three threads at once let all three finish.
                    return allStarted.await(10, TimeUnit.SECONDS);
                });
            }
            for (Future<?> task : tasks) {
                assertThat(task.get(10, TimeUnit.SECONDS)).isEqualTo(true);
            }
            assertThat(names).hasSize(3).allMatch(name -> name.startsWith("extract-"));
        } finally {
            pool.destroy();
        }
    }

    @Test
    void refusesZeroThreads() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkerPool("fetch", 0));
    }
}
