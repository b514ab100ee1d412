package org.perfeval.workflow;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Builds the Flowable engine on the container's data source, transaction manager and threads. */
public final class ProcessEngineFactory {

    /** The BPMN models deployed at startup; the same files the tests deploy. */
    public static final List<String> MODELS = List.of("processes/evaluation.bpmn20.xml",
            "processes/rectification.bpmn20.xml", "processes/self-evaluation-review.bpmn20.xml");

    private ProcessEngineFactory() {
    }

    public static ProcessEngine build(DataSource dataSource, TransactionManager transactionManager,
                                      ThreadFactory threadFactory, BeanManager beanManager, JobExecutorSettings jobs,
                                      String font, Optional<String> historyRetention, Optional<String> historyCleanupCycle) {
        JtaProcessEngineConfiguration cfg = new JtaProcessEngineConfiguration();
        cfg.setEngineName("perfeval");
        cfg.setDataSource(dataSource);
        cfg.setTransactionManager(transactionManager);
        // join the caller's JTA transaction: task completion and domain writes commit or roll back together
        cfg.setTransactionsExternallyManaged(true);
        cfg.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // accounts and groups are PerfEval's own, and no process starts on events: the engine's identity
        // and event-registry engines would only add their schema checks and mappings to every start
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        cfg.addPreDefaultELResolver(new CdiElResolver(beanManager));
        configureJobExecutor(cfg, threadFactory, jobs);
        cfg.setHistoryLevel(org.flowable.common.engine.impl.history.HistoryLevel.AUDIT);
        // ids made in memory: the engine's default takes blocks of ids in a transaction of their own under a lock,
        // and with every pooled connection held by a request waiting for that lock, none was left to take the block
        // (twenty users at once stood still until the pool's wait ran out)
        cfg.setIdGenerator(new org.flowable.common.engine.impl.persistence.StrongUuidGenerator());
        // a rectification's end leaves the parallel multi-instance in the department's own transaction; the
        // engine's default, an async job for it, raced the department's next request on the same evaluation
        // (409 to a user who did nothing wrong, and a job that can fail its retries and leave the evaluation open)
        cfg.setParallelMultiInstanceAsyncLeave(false);
        EngineHistoryCleaning.configure(cfg, historyRetention, historyCleanupCycle);
        recordOpenTasks(cfg);
        // the one configured CJK font of reports and diagrams
        cfg.setActivityFontName(font);
        cfg.setLabelFontName(font);
        cfg.setAnnotationFontName(font);
        return cfg.buildProcessEngine();
    }

    /** The inbox's table follows the engine's tasks in the engine's own transaction (OpenTaskRecorder). */
    static void recordOpenTasks(ProcessEngineConfigurationImpl cfg) {
        OpenTaskRecorder recorder = new OpenTaskRecorder();
        var typed = new java.util.HashMap<String, List<org.flowable.common.engine.api.delegate.event.FlowableEventListener>>();
        recorder.getTypes().forEach(type -> typed.put(type.name(), List.of(recorder)));
        cfg.setTypedEventListeners(typed);
    }

    /**
     * Timers and async jobs on the container's threads, shared with the other nodes through the
     * database: this node locks what it runs under its own stable name (so that, restarted, it frees
     * its own jobs at once) for the configured lock times; locks of a node that died expire and
     * are freed by whichever node's reset thread sees them first. Our jobs take milliseconds; even one
     * that outlived its lock and ran a second time could not commit twice, because each run commits only
     * by deleting the job row at the revision it acquired, and acquiring it again changes the revision.
     */
    static void configureJobExecutor(ProcessEngineConfigurationImpl cfg, ThreadFactory threadFactory,
                                     JobExecutorSettings jobs) {
        cfg.setAsyncExecutorThreadFactory(threadFactory);
        cfg.setAsyncExecutorActivate(true);
        cfg.setAsyncExecutorLockOwner(jobs.lockOwner());
        cfg.setAsyncExecutorUnlockOwnedJobs(true);
        cfg.setAsyncExecutorAsyncJobLockTimeInMillis((int) jobs.asyncJobLockTime().toMillis());
        cfg.setAsyncExecutorTimerLockTimeInMillis((int) jobs.timerLockTime().toMillis());
        cfg.setAsyncExecutorResetExpiredJobsInterval((int) jobs.resetExpiredJobsInterval().toMillis());
        cfg.setAsyncExecutorDefaultTimerJobAcquireWaitTime(5000);
        cfg.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(5000);
        // the executor works with the configuration set above, not a default one of its own
        cfg.setAsyncExecutor(new ContainerAsyncJobExecutor(threadFactory, cfg.getAsyncExecutorConfiguration()));
    }

    /** Deploys the models, creating a new version only when a file changed. */
    public static void deployModels(RepositoryService repository) {
        var deployment = repository.createDeployment().name("perfeval").enableDuplicateFiltering();
        for (String model : MODELS) {
            try (InputStream in = ProcessEngineFactory.class.getClassLoader().getResourceAsStream(model)) {
                if (in == null) {
                    throw new IllegalStateException("process model missing from the build: " + model);
                }
                deployment.addBytes(model, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + model, e);
            }
        }
        deployment.deploy();
    }
}
