package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.perfeval.security.Caller;
import org.perfeval.security.Role;
import org.perfeval.selfevaluation.FormRecheck;
import org.perfeval.selfevaluation.OnSiteReviews;
import org.perfeval.selfevaluation.ReviewAssignment;
import org.perfeval.selfevaluation.ReviewBatch;
import org.perfeval.selfevaluation.ReviewEvidence;
import org.perfeval.selfevaluation.ReviewFile;
import org.perfeval.selfevaluation.SelfEvaluationService;
import org.perfeval.selfevaluation.StoredForm;

/**
 * The on-site review's use cases, one transaction each: each records its step through
 * {@link OnSiteReviews} and moves processes/self-evaluation-review.bpmn20.xml (business key
 * {@code selfEvaluationBatch:<id>}) by completing the task it stands for.
 */
@ApplicationScoped
public class SelfEvaluationReview {

    static final String PROCESS_KEY = "selfEvaluationReview";

    @Inject
    OnSiteReviews reviews;

    @Inject
    SelfEvaluationService batches;

    @Inject
    ReviewEvidence evidence;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    /** The deadline is the end of {@code dueDate} in the configured zone; departments then have {@code answerDays} to answer. */
    @Transactional
    public ReviewBatch dispatch(Caller caller, long batchId, List<Long> agencies, LocalDate dueDate, int answerDays) {
        Instant due = dueDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<ReviewAssignment> assignments = reviews.dispatch(caller, batchId, agencies, due);
        Map<String, Object> vars = new HashMap<>();
        vars.put("batchId", batchId);
        vars.put("bureauGroup", Role.BUREAU.groupOf(caller.organisationId()));
        vars.put("assignmentIds", assignments.stream().map(ReviewAssignment::id).toList());
        vars.put("answerDays", answerDays);
        asUser(caller, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, key(batchId), vars));
        return batches.batch(caller, batchId);
    }

    @Transactional
    public StoredForm recheck(Caller caller, long batchId, long formId, FormRecheck recheck) {
        return reviews.recheck(caller, batchId, formId, recheck);
    }

    @Transactional
    public ReviewAssignment submit(Caller caller, long batchId, long assignmentId) {
        ReviewAssignment a = reviews.submit(caller, batchId, assignmentId);
        complete(caller, batchId, "reviewForms", assignmentId, Map.of());
        return a;
    }

    @Transactional
    public ReviewAssignment decide(Caller caller, long batchId, long assignmentId, boolean approved, String reason) {
        ReviewAssignment a = reviews.decide(caller, batchId, assignmentId, approved, reason);
        complete(caller, batchId, "approveReview", assignmentId, Map.of("reviewApproved", approved));
        return a;
    }

    @Transactional
    public StoredForm answer(Caller caller, long batchId, long formId, String text) {
        return reviews.answer(caller, batchId, formId, text);
    }

    @Transactional
    public ReviewBatch close(Caller caller, long batchId) {
        reviews.closeable(caller, batchId);
        complete(caller, batchId, "closeBatch", null, Map.of());
        return batches.batch(caller, batchId);
    }

    @Transactional
    public ReviewFile upload(Caller caller, long batchId, String name, java.io.InputStream content) {
        return evidence.upload(caller, batchId, name, content);
    }

    @Transactional
    public List<ReviewFile> files(Caller caller, long batchId) {
        return evidence.files(caller, batchId);
    }

    @Transactional
    public ReviewFile file(Caller caller, long batchId, long fileId) {
        return evidence.file(caller, batchId, fileId);
    }

    /** The content, read outside the use case's transaction as the response streams. */
    public java.io.InputStream content(ReviewFile file) {
        return evidence.content(file);
    }

    @Transactional
    public List<ReviewAssignment> assignments(Caller caller, long batchId) {
        return reviews.assignments(caller, batchId);
    }

    /** Completes the batch's open task of this key (of this assignment, inside the agencies' sub-process). */
    private void complete(Caller caller, long batchId, String taskKey, Long assignmentId, Map<String, Object> local) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(key(batchId)).taskDefinitionKey(taskKey).list().stream()
                .filter(t -> assignmentId == null
                        || assignmentId.equals(((Number) runtime.getVariable(t.getExecutionId(), "assignmentId")).longValue()))
                .findFirst().orElseThrow(() -> new org.perfeval.common.ConflictException("该步骤已由他人完成 (this step was just taken by"
                        + " someone else)"));
        // the gateway after the task reads its decision in the task's own execution
        local.forEach((name, value) -> runtime.setVariableLocal(task.getExecutionId(), name, value));
        asUser(caller, () -> tasks.complete(task.getId()));
    }

    static String key(long batchId) {
        return "selfEvaluationBatch:" + batchId;
    }

    private static void asUser(Caller caller, Runnable work) {
        ProcessActor.asUser(caller.username(), work);
    }
}
