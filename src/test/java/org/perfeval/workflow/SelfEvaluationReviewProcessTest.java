package org.perfeval.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/self-evaluation-review.bpmn20.xml on an in-memory engine, its service
 * tasks recorded by a stand-in: agencies in parallel, approval at once and after a return, the
 * reminder and the escalation (the engine clock is moved), the batch closed by the bureau and by the
 * answer deadline.
 */
class SelfEvaluationReviewProcessTest {

    private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");
    private static final Instant DUE = NOW.plus(Duration.ofDays(30));
    private static ProcessEngine engine;
    private static final Steps steps = new Steps();

    /** The service tasks' stand-in: each call as a line. */
    public static final class Steps {
        final List<String> calls = new ArrayList<>();

        public String agencyGroup(Number assignmentId) {
            return "evaluator:" + (100 + assignmentId.longValue());
        }

        public String dueAt(Number assignmentId) {
            return DUE.toString();
        }

        public String remindAt(Number assignmentId) {
            return DUE.minus(Duration.ofDays(3)).toString();
        }

        public void remind(DelegateExecution e) {
            calls.add("remind " + e.getVariable("assignmentId"));
        }

        public void escalate(DelegateExecution e) {
            calls.add("escalate " + e.getVariable("assignmentId"));
        }

        public void publish(DelegateExecution e) {
            e.setVariable("answerDueAt", DUE.plus(Duration.ofDays(((Number) e.getVariable("answerDays")).intValue())).toString());
            calls.add("publish");
        }

        public void close(DelegateExecution e) {
            calls.add("close");
        }
    }

    @BeforeAll
    static void deploy() {
        var cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:self-evaluation-review;DB_CLOSE_DELAY=-1");
        cfg.setDatabaseSchemaUpdate("true");
        cfg.setBeans(new HashMap<>(Map.of("selfEvaluationReviewSteps", steps)));
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/self-evaluation-review.bpmn20.xml")
                .deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void reset() {
        engine.getRuntimeService().createProcessInstanceQuery().list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "next test"));
        steps.calls.clear();
        setClock(NOW);
    }

    private static void setClock(Instant at) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(at));
    }

    private static void start(List<Long> assignments) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("batchId", 9L);
        vars.put("bureauGroup", "bureau:1");
        vars.put("assignmentIds", assignments);
        vars.put("answerDays", 15);
        engine.getRuntimeService().startProcessInstanceByKey("selfEvaluationReview", "selfEvaluationBatch:9", vars);
    }

    private static List<Task> open(String key) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list();
    }

    private static Task openFor(String key, long assignment) {
        return open(key).stream().filter(t -> ((Number) engine.getRuntimeService().getVariable(t.getExecutionId(),
                "assignmentId")).longValue() == assignment).findFirst().orElseThrow(() -> new AssertionError(key + " " + assignment));
    }

    private static void decide(long assignment, boolean approved) {
        Task t = openFor("approveReview", assignment);
        engine.getRuntimeService().setVariableLocal(t.getExecutionId(), "reviewApproved", approved);
        engine.getTaskService().complete(t.getId());
    }

    private static void submit(long assignment) {
        engine.getTaskService().complete(openFor("reviewForms", assignment).getId());
    }

    @Test
    void twoAgenciesReviewInParallelEachForItsOwnGroupAndTheBureauClosesAfterApprovingBoth() {
        start(List.of(1L, 2L));
        List<Task> reviews = open("reviewForms");
        assertEquals(2, reviews.size());
        assertEquals(List.of("evaluator:101", "evaluator:102"), reviews.stream().map(t -> engine.getTaskService()
                .getIdentityLinksForTask(t.getId()).get(0).getGroupId()).sorted().toList());
        assertEquals(Date.from(DUE), reviews.get(0).getDueDate());
        submit(1);
        decide(1, true);
        assertTrue(steps.calls.isEmpty(), "nothing is published while an agency still reviews");
        submit(2);
        decide(2, true);
        assertEquals(List.of("publish"), steps.calls);
        Task close = open("closeBatch").get(0);
        assertEquals("bureau:1", engine.getTaskService().getIdentityLinksForTask(close.getId()).get(0).getGroupId());
        engine.getTaskService().complete(close.getId());
        assertEquals(List.of("publish", "close"), steps.calls);
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().count());
    }

    @Test
    void aReturnedReviewGoesBackToItsAgencyAndIsDecidedAgain() {
        start(List.of(5L));
        submit(5);
        decide(5, false);
        assertEquals(1, open("reviewForms").size(), "back to the agency");
        assertTrue(open("approveReview").isEmpty());
        submit(5);
        decide(5, true);
        assertEquals(List.of("publish"), steps.calls);
    }

    @Test
    void theAgencyIsRemindedBeforeTheDeadlineAndEscalatedAfterItWhileItStillReviews() {
        start(List.of(3L));
        List<Job> timers = engine.getManagementService().createTimerJobQuery().list();
        assertEquals(2, timers.size(), "a reminder and an escalation");
        setClock(DUE.minus(Duration.ofDays(2)));
        fireDueTimers();
        assertEquals(List.of("remind 3"), steps.calls);
        setClock(DUE.plus(Duration.ofHours(1)));
        fireDueTimers();
        assertEquals(List.of("remind 3", "escalate 3"), steps.calls);
        assertEquals(1, open("reviewForms").size(), "the task stays with the agency");
        submit(3);
        assertTrue(engine.getManagementService().createTimerJobQuery().list().isEmpty(), "the timers go with the task");
    }

    @Test
    void theBatchClosesByItselfWhenTheAnswerPeriodEnds() {
        start(List.of(4L));
        submit(4);
        decide(4, true);
        assertEquals(1, open("closeBatch").size());
        setClock(DUE.plus(Duration.ofDays(16)));
        fireDueTimers();
        assertEquals(List.of("publish", "close"), steps.calls);
        assertTrue(open("closeBatch").isEmpty());
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().count());
    }

    /** Runs every timer due at the engine's clock (moves them to executable jobs and executes those). */
    private static void fireDueTimers() {
        Date now = engine.getProcessEngineConfiguration().getClock().getCurrentTime();
        for (Job timer : engine.getManagementService().createTimerJobQuery().list()) {
            if (!timer.getDuedate().after(now)) {
                Job job = engine.getManagementService().moveTimerToExecutableJob(timer.getId());
                engine.getManagementService().executeJob(job.getId());
            }
        }
    }
}
