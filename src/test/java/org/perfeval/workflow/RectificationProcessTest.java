package org.perfeval.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/rectification.bpmn20.xml as called from the evaluation process after
 * publication: on-time acceptance, returned evidence then acceptance, reminder and escalation
 * (the engine clock is moved, nobody waits), several recommendations in parallel, none at all.
 */
class RectificationProcessTest {

    private static ProcessEngine engine;
    private static final EvaluationProcessTest.Recorder recorder = new EvaluationProcessTest.Recorder();
    private static final Instant NOW = Instant.parse("2027-01-30T08:00:00Z");

    @BeforeAll
    static void deploy() {
        engine = ProcessTestEngine.withStandIn("rectification-test", recorder);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void reset() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("evaluation").list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "next test"));
        recorder.calls.clear();
        recorder.dueAt = NOW.plus(Duration.ofDays(30));
        setClock(NOW);
    }

    private static void setClock(Instant at) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(at));
    }

    /** Runs the evaluation process to publication with the given number of recommendations. */
    private ProcessInstance published(int recommendations) {
        recorder.recommendations = recommendations;
        Map<String, Object> vars = ProcessTestEngine.commissionVariables();
        ProcessInstance p = engine.getRuntimeService().startProcessInstanceByKey("evaluation", "7", vars);
        completeAll("accept", Map.of("accepted", true));
        completeAll("setTargets", Map.of());
        completeAll("submitData", Map.of());
        completeAll("collectData", Map.of());
        completeAll("score", Map.of());
        completeAll("draftReport", Map.of());
        completeAll("exchangeViews", Map.of("agreed", true));
        recorder.calls.clear();
        completeAll("review", Map.of("approved", true));
        assertTrue(recorder.calls.contains("open " + recommendations));
        recorder.calls.removeIf(c -> !c.startsWith("schedule") && !c.equals("close"));
        return p;
    }

    private List<Task> open(String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey("7").taskDefinitionKey(key)
                .orderByTaskCreateTime().asc().list();
    }

    private void completeAll(String key, Map<String, Object> vars) {
        List<Task> found = open(key);
        assertTrue(!found.isEmpty(), "no open task " + key);
        found.forEach(t -> engine.getTaskService().complete(t.getId(), vars));
    }

    private boolean ended(ProcessInstance p) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(p.getId()).count() == 0;
    }

    /** Executes the timers that are due by the engine clock, as the async executor would. */
    private int fireDueTimers() {
        var management = engine.getManagementService();
        List<Job> due = management.createTimerJobQuery().executable().list();
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        return due.size();
    }

    @Test
    void onTimeAcceptanceClosesTheEvaluation() {
        ProcessInstance p = published(1);
        assertEquals(List.of("department:3"), engine.getTaskService().getIdentityLinksForTask(open("rectificationPlan").get(0).getId())
                .stream().map(l -> l.getGroupId()).toList());
        assertEquals(2, engine.getManagementService().createTimerJobQuery().count(), "reminder and escalation are pending");
        completeAll("rectificationPlan", Map.of());
        completeAll("rectificationEvidence", Map.of());
        assertEquals(0, engine.getManagementService().createTimerJobQuery().count(), "no timers while the bureau verifies");
        completeAll("verifyRectification", Map.of("rectificationAccepted", true));
        assertTrue(ended(p));
        assertEquals(List.of("schedule 101", "schedule 101", "close"), recorder.calls);
    }

    @Test
    void returnedEvidenceGoesBackToTheDepartmentThenIsAccepted() {
        ProcessInstance p = published(1);
        completeAll("rectificationPlan", Map.of());
        completeAll("rectificationEvidence", Map.of());
        completeAll("verifyRectification", Map.of("rectificationAccepted", false));
        assertEquals(1, open("rectificationEvidence").size());
        completeAll("rectificationEvidence", Map.of());
        completeAll("verifyRectification", Map.of("rectificationAccepted", true));
        assertTrue(ended(p));
        assertEquals(3, recorder.calls.stream().filter(c -> c.startsWith("schedule")).count());
    }

    @Test
    void reminderFiresBeforeTheDeadlineAndEscalationAfterIt() {
        ProcessInstance p = published(1);
        setClock(recorder.dueAt.minus(Duration.ofDays(3)).minusSeconds(60));
        assertEquals(0, fireDueTimers());
        setClock(recorder.dueAt.minus(Duration.ofDays(3)).plusSeconds(60));
        assertEquals(1, fireDueTimers());
        assertEquals(List.of("schedule 101", "remind 101"), recorder.calls);
        assertEquals(1, open("rectificationPlan").size(), "a reminder does not end the task");

        setClock(recorder.dueAt.plusSeconds(60));
        assertEquals(1, fireDueTimers());
        assertEquals(List.of("schedule 101", "remind 101", "escalate 101"), recorder.calls);
        assertEquals(1, open("rectificationPlan").size(), "an escalation does not end the task");

        completeAll("rectificationPlan", Map.of());
        completeAll("rectificationEvidence", Map.of());
        completeAll("verifyRectification", Map.of("rectificationAccepted", true));
        assertTrue(ended(p));
    }

    @Test
    void severalRecommendationsRunInParallelAndTheLastAcceptanceCloses() {
        ProcessInstance p = published(3);
        assertEquals(3, open("rectificationPlan").size());
        completeAll("rectificationPlan", Map.of());
        completeAll("rectificationEvidence", Map.of());
        List<Task> verify = open("verifyRectification");
        assertEquals(3, verify.size());
        engine.getTaskService().complete(verify.get(0).getId(), Map.of("rectificationAccepted", true));
        engine.getTaskService().complete(verify.get(1).getId(), Map.of("rectificationAccepted", true));
        assertTrue(!ended(p) && !recorder.calls.contains("close"));
        engine.getTaskService().complete(verify.get(2).getId(), Map.of("rectificationAccepted", true));
        assertTrue(ended(p));
        assertEquals(1, recorder.calls.stream().filter("close"::equals).count());
    }

    @Test
    void evaluationWithoutRecommendationsClosesAtOnce() {
        ProcessInstance p = published(0);
        assertTrue(ended(p));
        assertEquals(0, engine.getTaskService().createTaskQuery().count());
    }
}
