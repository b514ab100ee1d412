package org.perfeval.workflow;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.perfeval.platform.DataSourceConfig;
import org.perfeval.platform.DatabaseMigrations;
import org.perfeval.platform.PerfevalDataSource;
import org.perfeval.platform.Settings;

/**
 * Starts the application in order: domain schema (Flyway), process engine joined to the
 * container's JTA transactions, BPMN models, demo data. The engine and its services are then
 * injectable CDI beans. Built when the application scope starts, because {@code java:app} data
 * sources are not bound yet during CDI's deployment validation.
 */
@ApplicationScoped
public class ProcessEngineLifecycle {

    private static final Logger LOG = Logger.getLogger(ProcessEngineLifecycle.class.getName());

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    BeanManager beanManager;

    @Inject
    org.perfeval.report.ReportFonts fonts;

    @Inject
    org.perfeval.platform.Deployment deployment;

    /** Observers (the demo data) run before the application reports ready. */
    @Inject
    jakarta.enterprise.event.Event<EngineStarted> started;

    /** How long the engine keeps an ended process's history (EngineHistoryCleaning). */
    @Inject
    @ConfigProperty(name = "PERFEVAL_HISTORY_RETENTION")
    Optional<String> historyRetention;

    @Inject
    @ConfigProperty(name = "PERFEVAL_HISTORY_CLEANUP_CYCLE")
    Optional<String> historyCleanupCycle;

    private volatile ProcessEngine engine;
    private volatile boolean ready;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long t0 = System.nanoTime();
        LOG.info(() -> "PerfEval starting on " + PerfevalDataSource.effectiveUrl().replaceAll("password=[^;&]*", "password=***"));
        DatabaseMigrations.migrate(dataSource);
        JobExecutorSettings jobs = new JobExecutorSettings(deployment.nodeName(), deployment.jobLockTime(),
                deployment.timerLockTime(), deployment.resetExpiredJobsInterval());
        LOG.info(() -> "PerfEval node '" + jobs.lockOwner() + "': job lock " + jobs.asyncJobLockTime() + ", timer lock "
                + jobs.timerLockTime() + ", expired locks freed every " + jobs.resetExpiredJobsInterval());
        engine = ProcessEngineFactory.build(dataSource, transactionManager(), threadFactory, beanManager, jobs,
                fonts.family(), historyRetention, historyCleanupCycle);
        ProcessEngineFactory.deployModels(engine.getRepositoryService());
        started.fire(new EngineStarted(deployment.demoMode()));
        ready = true;
        LOG.info(() -> String.format("PerfEval ready in %d ms (demo mode %s)", (System.nanoTime() - t0) / 1_000_000,
                deployment.demoMode() ? "on: accounts bureau, evaluator, department, admin with password 'demo'" : "off"));
    }

    @PreDestroy
    void stop() {
        ready = false;
        if (engine != null) {
            engine.close();
        }
    }

    public boolean isReady() {
        return ready;
    }

    /** The job executor's threads are all alive: timers (rectification deadlines) still fire. */
    public boolean jobThreadsAlive() {
        return engine != null && engine.getProcessEngineConfiguration().getAsyncExecutor() instanceof ContainerAsyncJobExecutor e
                && e.threadsAlive();
    }

    private static TransactionManager transactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager");
        } catch (NamingException e) {
            throw new IllegalStateException("container transaction manager not found", e);
        }
    }

    ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("process engine not started yet");
        }
        return engine;
    }

    @Produces
    public ProcessEngine processEngine() {
        return engine();
    }

    @Produces
    public RuntimeService runtimeService() {
        return engine().getRuntimeService();
    }

    @Produces
    public TaskService taskService() {
        return engine().getTaskService();
    }

    @Produces
    public HistoryService historyService() {
        return engine().getHistoryService();
    }

    @Produces
    public RepositoryService repositoryService() {
        return engine().getRepositoryService();
    }

    @Produces
    public ManagementService managementService() {
        return engine().getManagementService();
    }
}
