package org.perfeval.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.perfeval.workflow.ProcessEngineFactory;

/**
 * The project's BPMN models (processes/*.bpmn20.xml, the files the app deploys) on a bare Flowable
 * engine of their own database: every bean the models' expressions name ({@code evaluationStatus},
 * {@code evaluationScoring}, {@code evaluationSteps}, {@code rectificationSteps}) is a no-op, except
 * that opening rectifications sets the three ids and scheduling sets the deadline dates the models
 * read. History as the app keeps it (AUDIT), and a job executor as the app runs it: Flowable 8 leaves a
 * parallel multi-instance (the rectifications) through an async job per completed instance
 * ({@code parallel-multi-instance-complete}), which is part of what these models cost.
 */
public final class BareEngine implements AutoCloseable {

    private final ProcessEngine engine;

    public BareEngine(String jdbcUrl, String user, String password, int connections) {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setEngineName("perfeval-bench-bare");
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setJdbcDriver(jdbcUrl.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver");
        cfg.setJdbcUsername(user);
        cfg.setJdbcPassword(password);
        cfg.setJdbcMaxActiveConnections(connections);
        cfg.setJdbcMaxIdleConnections(connections);
        cfg.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setHistoryLevel(HistoryLevel.AUDIT);
        cfg.setAsyncExecutorActivate(true);
        cfg.setAsyncExecutorDefaultTimerJobAcquireWaitTime(5000);
        cfg.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(5000);
        NoOpSteps noOp = new NoOpSteps();
        cfg.setBeans(new HashMap<>(Map.of("evaluationStatus", noOp, "evaluationScoring", noOp,
                "evaluationSteps", noOp, "rectificationSteps", noOp)));
        engine = cfg.buildProcessEngine();
        ProcessEngineFactory.deployModels(engine.getRepositoryService());
    }

    /**
     * Drives one evaluation along {@link SeedPath}: the process started with commissioning's variables,
     * then each step's task found among the evaluation's open tasks (as PerfEval finds them, by
     * business key) and completed with the variables its gateway reads, each counted when done; an attempt
     * failing on a concurrent update is retried ({@link Attempts}).
     */
    public void drive(long number, AtomicInteger completions, Consumer<RuntimeException> failedAttempt, int retries) {
        String businessKey = "bare-" + number;
        Map<String, Object> vars = new HashMap<>();
        vars.put("evaluationId", number);
        vars.put("bureauGroup", "bureau:1");
        vars.put("agencyGroup", "evaluator:2");
        vars.put("departmentGroup", "department:3");
        vars.put("dueDate", Instant.now().plus(45, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString());
        engine.getRuntimeService().startProcessInstanceByKey("evaluation", businessKey, vars);
        for (SeedPath.Step step : SeedPath.steps()) {
            try {
                Attempts.retrying(retries, failedAttempt, () -> {
                    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                            .orderByTaskCreateTime().asc().list();
                    Task task = open.stream().filter(t -> t.getTaskDefinitionKey().equals(step.key())).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no open " + step.key()
                                    + " among " + open.stream().map(Task::getTaskDefinitionKey).toList()));
                    engine.getTaskService().complete(task.getId(), step.gatewayVariables());
                    return task;
                });
            } catch (RuntimeException e) {
                throw new IllegalStateException(businessKey + ", " + step.key() + ": " + e.getMessage(), e);
            }
            completions.incrementAndGet();
        }
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() != 0) {
            throw new IllegalStateException("bare " + businessKey + " did not end");
        }
    }

    @Override
    public void close() {
        engine.close();
    }

    /** Stands in for every CDI bean the models call; public, because Flowable's EL calls its methods by reflection. */
    public static final class NoOpSteps {

        public void enter(Object task, String status) {
        }

        public void score(DelegateExecution execution) {
        }

        public void refuse(DelegateExecution execution) {
        }

        public void prefillReport(DelegateExecution execution) {
        }

        public void publish(DelegateExecution execution) {
        }

        /** What PerfEval's opening of rectifications leaves for the multi-instance call: one id per recommendation. */
        public void open(DelegateExecution execution) {
            List<Long> ids = new ArrayList<>();
            for (long i = 1; i <= SeedPath.RECOMMENDATIONS; i++) {
                ids.add(i);
            }
            execution.setVariable("rectificationIds", ids);
        }

        /** The deadline and reminder dates the boundary timers read (30 and 27 days ahead, as PerfEval's defaults). */
        public void schedule(DelegateExecution execution) {
            Instant due = Instant.now().plus(30, ChronoUnit.DAYS);
            execution.setVariable("dueAt", due.toString());
            execution.setVariable("remindAt", due.minus(3, ChronoUnit.DAYS).toString());
        }

        public void remind(DelegateExecution execution) {
        }

        public void escalate(DelegateExecution execution) {
        }

        public void close(DelegateExecution execution) {
        }
    }
}
