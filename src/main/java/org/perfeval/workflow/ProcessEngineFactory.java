package org.perfeval.workflow;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

/** Builds the Flowable engine on the container's data source, transaction manager and threads. */
public final class ProcessEngineFactory {

    /** The BPMN models deployed at startup; the same files the tests deploy. */
    public static final List<String> MODELS = List.of("processes/evaluation.bpmn20.xml",
            "processes/rectification.bpmn20.xml");

    private ProcessEngineFactory() {
    }

    public static ProcessEngine build(DataSource dataSource, TransactionManager transactionManager,
                                      ThreadFactory threadFactory, BeanManager beanManager, String lockOwner, String font,
                                      Optional<String> historyRetention, Optional<String> historyCleanupCycle) {
        JtaProcessEngineConfiguration cfg = new JtaProcessEngineConfiguration();
        cfg.setEngineName("perfeval");
        cfg.setDataSource(dataSource);
        cfg.setTransactionManager(transactionManager);
        // join the caller's JTA transaction: task completion and domain writes commit or roll back together
        cfg.setTransactionsExternallyManaged(true);
        cfg.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.addPreDefaultELResolver(new CdiElResolver(beanManager));
        cfg.setAsyncExecutorThreadFactory(threadFactory);
        cfg.setAsyncExecutor(new ContainerAsyncJobExecutor(threadFactory));
        cfg.setAsyncExecutorActivate(true);
        // a stable owner per node releases this node's own job locks after a crash and restart
        cfg.setAsyncExecutorLockOwner(lockOwner);
        cfg.setAsyncExecutorDefaultTimerJobAcquireWaitTime(5000);
        cfg.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(5000);
        cfg.setHistoryLevel(org.flowable.common.engine.impl.history.HistoryLevel.AUDIT);
        // a rectification's end leaves the parallel multi-instance in the department's own transaction; the
        // engine's default, an async job for it, raced the department's next request on the same evaluation
        // (409 to a user who did nothing wrong, and a job that can fail its retries and leave the evaluation open)
        cfg.setParallelMultiInstanceAsyncLeave(false);
        EngineHistoryCleaning.configure(cfg, historyRetention, historyCleanupCycle);
        // the one configured CJK font of reports and diagrams
        cfg.setActivityFontName(font);
        cfg.setLabelFontName(font);
        cfg.setAnnotationFontName(font);
        return cfg.buildProcessEngine();
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
