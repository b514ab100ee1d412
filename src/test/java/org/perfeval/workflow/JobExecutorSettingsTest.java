package org.perfeval.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.junit.jupiter.api.Test;

/**
 * The job executor runs with the node's lock owner and the configured lock times. (Before: the
 * executor had a configuration object of its own, so it ran with a random owner per start and locks of
 * an hour, and a timer job killed while it ran stayed locked for that hour after the restart.)
 */
class JobExecutorSettingsTest {

    @Test
    void theBuiltEngineLocksJobsAsThisNodeForTheConfiguredTime() {
        var cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:job-settings-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        cfg.setEngineName("job-settings-" + System.nanoTime());
        ProcessEngineFactory.configureJobExecutor(cfg, Thread::new, new JobExecutorSettings("node-a", Duration.ofSeconds(90),
                Duration.ofSeconds(60), Duration.ofSeconds(20)));
        cfg.setAsyncExecutorActivate(false);
        ProcessEngine engine = cfg.buildProcessEngine();
        try {
            AsyncExecutor executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
            assertInstanceOf(ContainerAsyncJobExecutor.class, executor);
            assertEquals("node-a", executor.getLockOwner());
            assertEquals(90_000, executor.getAsyncJobLockTimeInMillis());
            assertEquals(60_000, executor.getTimerLockTimeInMillis());
            assertEquals(20_000, executor.getResetExpiredJobsInterval());
            assertEquals(5_000, executor.getDefaultTimerJobAcquireWaitTimeInMillis());
            assertEquals(5_000, executor.getDefaultAsyncJobAcquireWaitTimeInMillis());
        } finally {
            engine.close();
        }
    }

    @Test
    void aLockTimeThatIsNotPositiveIsRefusedNamingTheSetting() {
        var zero = assertThrows(IllegalArgumentException.class,
                () -> new JobExecutorSettings("node-a", Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertTrue(zero.getMessage().contains("PERFEVAL_JOB_LOCK_TIME"), zero.getMessage());
        var negative = assertThrows(IllegalArgumentException.class,
                () -> new JobExecutorSettings("node-a", Duration.ofSeconds(1), Duration.ofSeconds(-5), Duration.ofSeconds(1)));
        assertTrue(negative.getMessage().contains("PERFEVAL_TIMER_LOCK_TIME"), negative.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new JobExecutorSettings(" ", Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }
}
