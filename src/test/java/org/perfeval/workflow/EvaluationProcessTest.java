package org.perfeval.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.flowable.task.service.delegate.DelegateTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/evaluation.bpmn20.xml on an in-memory engine, with recording stand-ins
 * for the CDI beans its expressions call: approval, return then approval, the department's
 * disagreement answered by the evaluator, refusal of the commission, and a failing service task.
 */
class EvaluationProcessTest {

    private static ProcessEngine engine;
    private static final Recorder recorder = new Recorder();

    @BeforeAll
    static void deploy() {
        engine = ProcessTestEngine.withStandIn("process-test", recorder);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void reset() {
        recorder.calls.clear();
        recorder.failScoring = false;
        recorder.recommendations = 0;
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    private ProcessInstance start() {
        Map<String, Object> vars = ProcessTestEngine.commissionVariables();
        return engine.getRuntimeService().startProcessInstanceByKey("evaluation", "7", vars);
    }

    private Task only(ProcessInstance p, String key) {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).list();
        assertEquals(1, open.size(), () -> "open tasks: " + open.stream().map(Task::getTaskDefinitionKey).toList());
        assertEquals(key, open.get(0).getTaskDefinitionKey());
        return open.get(0);
    }

    private void complete(ProcessInstance p, String key, Map<String, Object> vars) {
        engine.getTaskService().complete(only(p, key).getId(), vars);
    }

    private void runToReview(ProcessInstance p) {
        runToExchangeOfViews(p);
        complete(p, "exchangeViews", Map.of("agreed", true));
    }

    private void runToExchangeOfViews(ProcessInstance p) {
        complete(p, "accept", Map.of("accepted", true));
        complete(p, "setTargets", Map.of());
        List<Task> data = engine.getTaskService().createTaskQuery().processInstanceId(p.getId())
                .orderByTaskDefinitionKey().asc().list();
        assertEquals(List.of("collectData", "submitData"), data.stream().map(Task::getTaskDefinitionKey).toList());
        data.forEach(t -> engine.getTaskService().complete(t.getId()));
        complete(p, "score", Map.of());
        complete(p, "draftReport", Map.of());
    }

    private boolean ended(ProcessInstance p) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(p.getId()).count() == 0;
    }

    @Test
    void approvedEvaluationIsScoredDraftedReviewedAndPublished() {
        ProcessInstance p = start();
        runToReview(p);
        complete(p, "review", Map.of("approved", true));
        assertTrue(ended(p));
        assertEquals(List.of("status COMMISSIONED", "status TARGETS", "status DATA_COLLECTION", "status DATA_COLLECTION",
                "status SCORING", "score", "prefillReport", "status DRAFT", "status DRAFT", "status REVIEW", "publish",
                "open 0", "close"), statusAndSteps());
    }

    @Test
    void returnedReviewGoesBackToScoringThenApproves() {
        ProcessInstance p = start();
        runToReview(p);
        complete(p, "review", Map.of("approved", false));
        only(p, "score");
        complete(p, "score", Map.of());
        complete(p, "draftReport", Map.of());
        complete(p, "exchangeViews", Map.of("agreed", true));
        complete(p, "review", Map.of("approved", true));
        assertTrue(ended(p));
        assertEquals(2, recorder.calls.stream().filter("score"::equals).count());
        assertEquals(1, recorder.calls.stream().filter("publish"::equals).count());
    }

    @Test
    void disagreementGoesBackToTheEvaluatorWhoseAnswersGoToTheBureau() {
        ProcessInstance p = start();
        runToExchangeOfViews(p);
        complete(p, "exchangeViews", Map.of("agreed", false));
        complete(p, "draftReport", Map.of());
        only(p, "review");
        // after a return the new draft goes to the department again, although it disagreed last round
        complete(p, "review", Map.of("approved", false));
        complete(p, "score", Map.of());
        complete(p, "draftReport", Map.of());
        complete(p, "exchangeViews", Map.of("agreed", false));
        complete(p, "draftReport", Map.of());
        complete(p, "review", Map.of("approved", true));
        assertTrue(ended(p));
        assertEquals(4, engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(p.getId())
                .taskDefinitionKey("draftReport").count());
        assertEquals(2, engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(p.getId())
                .taskDefinitionKey("exchangeViews").count());
    }

    @Test
    void refusedCommissionEndsWithoutTargets() {
        ProcessInstance p = start();
        complete(p, "accept", Map.of("accepted", false));
        assertTrue(ended(p));
        assertEquals(List.of("status COMMISSIONED", "refuse"), statusAndSteps());
        assertEquals(0, engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(p.getId())
                .taskDefinitionKey("setTargets").count());
    }

    @Test
    void tasksGoToTheirRoleAndOrganisationWithTheDueDate() {
        ProcessInstance p = start();
        assertEquals(List.of("evaluator:2"), groups(only(p, "accept")));
        assertEquals(Instant.parse("2027-01-31T00:00:00Z"), only(p, "accept").getDueDate().toInstant());
        complete(p, "accept", Map.of("accepted", true));
        complete(p, "setTargets", Map.of());
        Task submit = engine.getTaskService().createTaskQuery().processInstanceId(p.getId())
                .taskDefinitionKey("submitData").singleResult();
        assertEquals(List.of("department:3"), groups(submit));
        engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).list()
                .forEach(t -> engine.getTaskService().complete(t.getId()));
        complete(p, "score", Map.of());
        complete(p, "draftReport", Map.of());
        assertEquals(List.of("department:3"), groups(only(p, "exchangeViews")));
        complete(p, "exchangeViews", Map.of("agreed", true));
        assertEquals(List.of("bureau:1"), groups(only(p, "review")));
    }

    @Test
    void failingScoringServiceLeavesTheScoreTaskOpen() {
        ProcessInstance p = start();
        complete(p, "accept", Map.of("accepted", true));
        complete(p, "setTargets", Map.of());
        engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).list()
                .forEach(t -> engine.getTaskService().complete(t.getId()));
        Task score = only(p, "score");
        recorder.failScoring = true;
        assertThrows(RuntimeException.class, () -> engine.getTaskService().complete(score.getId()));
        assertEquals(score.getId(), only(p, "score").getId());
        assertNull(engine.getTaskService().createTaskQuery().processInstanceId(p.getId())
                .taskDefinitionKey("draftReport").singleResult());
        recorder.failScoring = false;
        engine.getTaskService().complete(score.getId());
        assertNotNull(only(p, "draftReport"));
    }

    private List<String> groups(Task t) {
        return engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private List<String> statusAndSteps() {
        return new ArrayList<>(recorder.calls);
    }

    /** Stands in for the CDI beans the model's expressions name. */
    public static class Recorder {
        final List<String> calls = new ArrayList<>();
        boolean failScoring;

        public void enter(DelegateTask task, String status) {
            assertEquals(7L, task.getVariable("evaluationId"));
            calls.add("status " + status);
        }

        public void score(DelegateExecution execution) {
            if (failScoring) {
                throw new IllegalStateException("scoring failed");
            }
            calls.add("score");
        }

        public void prefillReport(DelegateExecution execution) {
            calls.add("prefillReport");
        }

        public void publish(DelegateExecution execution) {
            calls.add("publish");
        }

        public void refuse(DelegateExecution execution) {
            calls.add("refuse");
        }

        int recommendations;
        Instant dueAt = Instant.parse("2027-03-01T00:00:00Z");

        public void open(DelegateExecution execution) {
            List<Long> ids = new ArrayList<>();
            for (long i = 1; i <= recommendations; i++) {
                ids.add(100 + i);
            }
            execution.setVariable("rectificationIds", ids);
            calls.add("open " + ids.size());
        }

        public void schedule(DelegateExecution execution) {
            execution.setVariable("dueAt", dueAt.toString());
            execution.setVariable("remindAt", dueAt.minus(java.time.Duration.ofDays(3)).toString());
            calls.add("schedule " + execution.getVariable("rectificationId"));
        }

        public void remind(DelegateExecution execution) {
            calls.add("remind " + execution.getVariable("rectificationId"));
        }

        public void escalate(DelegateExecution execution) {
            calls.add("escalate " + execution.getVariable("rectificationId"));
        }

        public void close(DelegateExecution execution) {
            calls.add("close");
        }
    }
}
