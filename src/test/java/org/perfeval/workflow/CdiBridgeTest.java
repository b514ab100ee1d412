package org.perfeval.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The project's own Flowable ↔ CDI bridge on Weld: expressions and delegate expressions resolve
 * {@code @Named} beans with their injections, and the async executor runs jobs only on threads
 * from the thread factory it was given (in the container, the managed thread factory).
 */
@EnableWeld
class CdiBridgeTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Greeter.class, Salutation.class, RecordingDelegate.class).activate(
            ApplicationScoped.class).build();

    @Inject
    BeanManager beanManager;

    @Inject
    Greeter greeter;

    @Inject
    RecordingDelegate delegate;

    private ProcessEngine engine;
    private final AtomicInteger threadsMade = new AtomicInteger();

    @BeforeEach
    void buildEngine() {
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "managed-" + threadsMade.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        var cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:cdi-bridge-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        cfg.setEngineName("cdi-bridge-" + System.nanoTime());
        cfg.setDatabaseSchemaUpdate("true");
        cfg.addPreDefaultELResolver(new CdiElResolver(beanManager));
        ProcessEngineFactory.configureJobExecutor(cfg, factory, new JobExecutorSettings("node-7",
                Duration.ofSeconds(40), Duration.ofSeconds(30), Duration.ofSeconds(3)));
        cfg.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(200);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/cdi-bridge.bpmn20.xml").deploy();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void expressionsAndDelegateExpressionsCallNamedBeansWithTheirInjections() throws Exception {
        var p = engine.getRuntimeService().startProcessInstanceByKey("cdiBridge");
        assertEquals(1, delegate.executions().size());
        assertEquals("您好, " + p.getId(), engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(p.getId()).variableName("greeting").singleResult().getValue());
        waitUntil(() -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(p.getId()).count() == 0);
        assertTrue(greeter.threads().get(0).startsWith("managed-"), greeter.threads()::toString);
        // acquisition, timer and reset threads as well as the worker come from the factory
        assertTrue(threadsMade.get() >= 4, () -> "threads made: " + threadsMade.get());
    }

    /** Flowable's executor made without the engine's configuration kept a random owner and locks of an hour. */
    @Test
    void theExecutorLocksJobsUnderTheNodesNameForTheConfiguredTimes() {
        var executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
        assertTrue(executor instanceof ContainerAsyncJobExecutor);
        assertEquals("node-7", executor.getLockOwner());
        var configuration = ((ContainerAsyncJobExecutor) executor).getConfiguration();
        assertEquals(Duration.ofSeconds(40), configuration.getAsyncJobLockTime());
        assertEquals(Duration.ofSeconds(30), configuration.getTimerLockTime());
        assertEquals(Duration.ofSeconds(3), configuration.getResetExpiredJobsInterval());
        assertEquals(Duration.ofMillis(200), configuration.getDefaultAsyncJobAcquireWaitTime());
        assertTrue(configuration.isUnlockOwnedJobs(), "a node that starts again frees its own locks");
        assertTrue(((ContainerAsyncJobExecutor) executor).threadsAlive());
    }

    @Test
    void lockSettingsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new JobExecutorSettings("n", Duration.ZERO,
                Duration.ofMinutes(5), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new JobExecutorSettings(" ", Duration.ofMinutes(5),
                Duration.ofMinutes(5), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new JobExecutorSettings("n", Duration.ofMinutes(5),
                Duration.ofMinutes(5), Duration.ofDays(30)));
    }

    @Test
    void unknownBeanNameFailsTheProcessStart() {
        engine.getRepositoryService().createDeployment().addString("unknown.bpmn20.xml", """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                             targetNamespace="t">
                  <process id="unknown" isExecutable="true">
                    <startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="t"/>
                    <serviceTask id="t" flowable:expression="${noSuchBean.run()}"/>
                    <sequenceFlow id="g" sourceRef="t" targetRef="e"/><endEvent id="e"/>
                  </process>
                </definitions>""").deploy();
        assertThrows(FlowableException.class, () -> engine.getRuntimeService().startProcessInstanceByKey("unknown"));
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("unknown").count());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met in 15 s");
            }
            Thread.sleep(50);
        }
    }

    @ApplicationScoped
    public static class Salutation {
        public String text() {
            return "您好";
        }
    }

    @ApplicationScoped
    @Named("greeter")
    public static class Greeter {
        @Inject
        Salutation salutation;

        final CopyOnWriteArrayList<String> threads = new CopyOnWriteArrayList<>();

        public String greet(DelegateExecution execution) {
            return salutation.text() + ", " + execution.getProcessInstanceId();
        }

        public java.util.List<String> threads() {
            return threads;
        }

        public void recordThread() {
            threads.add(Thread.currentThread().getName());
        }
    }

    @ApplicationScoped
    @Named("recordingDelegate")
    public static class RecordingDelegate implements JavaDelegate {
        final CopyOnWriteArrayList<String> executions = new CopyOnWriteArrayList<>();

        public java.util.List<String> executions() {
            return executions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            executions.add(execution.getId());
        }
    }
}
