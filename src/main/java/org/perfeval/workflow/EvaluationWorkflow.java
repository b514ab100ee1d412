package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;
import org.perfeval.common.ConflictException;
import org.perfeval.common.ForbiddenException;
import org.perfeval.common.NotFoundException;
import org.perfeval.evaluation.CommissionRequest;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationAccess;
import org.perfeval.evaluation.EvaluationFacts;
import org.perfeval.rectification.RectificationFacts;
import org.perfeval.rectification.RectificationService;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.security.Caller;
import org.perfeval.security.Role;
import org.perfeval.workflow.task.TaskCommand;
import org.perfeval.workflow.task.TaskContext;
import org.perfeval.workflow.task.TaskHandlers;
import org.perfeval.workflow.task.TaskKey;
import org.perfeval.workflow.task.TaskOutcome;

/**
 * The lifecycle's use cases, one transaction each: commissioning starts the process; claiming and
 * completing a task check the caller, apply the task's command to the domain (its handler) and
 * move the process in the same JTA transaction, so a failure anywhere (a bad command, a failing
 * service task) leaves nothing behind.
 */
@ApplicationScoped
public class EvaluationWorkflow {

    public static final String PROCESS_KEY = "evaluation";

    @Inject
    TaskInbox inbox;

    @Inject
    EvaluationService evaluations;

    @Inject
    TaskHandlers handlers;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    AuditTrail audit;

    @Inject
    RectificationService rectifications;

    @Inject
    Clock clock;

    /** Commissions and starts the process; a repeated {@code requestKey} (a client's retry) returns the first evaluation. */
    @Transactional
    public Evaluation commission(Caller caller, CommissionRequest request, String requestKey) {
        if (requestKey != null) {
            var earlier = evaluations.commissionedWith(caller, requestKey, request);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Evaluation evaluation = evaluations.commission(caller, request);
        if (requestKey != null) {
            evaluations.rememberCommission(caller, requestKey, request, evaluation);
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("evaluationId", evaluation.getId());
        vars.put("bureauGroup", Role.BUREAU.groupOf(evaluation.getBureau().getId()));
        vars.put("agencyGroup", Role.EVALUATOR.groupOf(evaluation.getAgency().getId()));
        vars.put("departmentGroup", Role.DEPARTMENT.groupOf(evaluation.getSubject().getId()));
        vars.put("dueDate", evaluation.getDueDate().atStartOfDay(clock.getZone()).toInstant().toString());
        asUser(caller, () -> {
            var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(evaluation.getId()), vars);
            evaluation.attachProcess(instance.getId());
        });
        return evaluation;
    }

    @Transactional
    public Evaluation commission(Caller caller, CommissionRequest request) {
        return commission(caller, request, null);
    }

    /** The caller's inbox, a page at a time. */
    @Transactional
    public TaskInbox.Page openTasks(Caller caller, TaskInbox.Filter filter) {
        return inbox.of(caller, filter);
    }

    /** The open tasks of one evaluation that the caller can see (for the evaluation page). */
    @Transactional
    public List<TaskView> openTasksOf(long evaluationId, Caller caller) {
        Evaluation e = evaluations.visible(evaluationId, caller);
        return openTasksOf(e);
    }

    List<TaskView> openTasksOf(Evaluation e) {
        return e.getProcessInstanceId() == null ? List.of() : inbox.ofEvaluation(e.getId(), e.getTitle());
    }

    @Transactional
    public TaskView claim(Caller caller, String taskId) {
        Task task = openTaskFor(caller, taskId);
        if (task.getAssignee() != null) {
            if (task.getAssignee().equals(caller.username())) {
                return view(task, evaluationIdOf(task), null);
            }
            throw new ConflictException("任务已由 " + task.getAssignee() + " 认领 (claimed by someone else)");
        }
        try {
            tasks.claim(taskId, caller.username());
        } catch (FlowableObjectNotFoundException | FlowableTaskAlreadyClaimedException e) {
            throw raced();
        }
        long evaluationId = evaluationIdOf(task);
        Evaluation evaluation = evaluations.get(evaluationId);
        evaluations.record(evaluation, caller.username(), "claim", task.getTaskDefinitionKey());
        audit.record(new AuditEvent(caller.username(), caller.address(), "claim", EvaluationService.target(evaluation),
                evaluationId, AuditState.NONE, AuditState.of("task." + task.getTaskDefinitionKey() + ".assignee",
                caller.username())));
        return view(tasks.createTaskQuery().taskId(taskId).singleResult(), evaluationId, null);
    }

    /** The open task the caller may work on (same checks as completing it, so that a bad body never hides a 409). */
    @Transactional
    public TaskView openTask(Caller caller, String taskId) {
        Task task = workableTask(caller, taskId);
        return view(task, evaluationIdOf(task), null);
    }

    /** An open task the caller may complete now: also not claimed by someone else (409). */
    private Task workableTask(Caller caller, String taskId) {
        Task task = openTaskFor(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw new ConflictException("任务已由 " + task.getAssignee() + " 认领 (claimed by someone else)");
        }
        return task;
    }

    /** Completes a task with its command; returns the id of the evaluation it belongs to. */
    @Transactional
    public long complete(Caller caller, String taskId, TaskCommand command) {
        return complete(caller, taskId, key -> {
            if (command.key() != key) {
                throw new ConflictException("提交的内容属于“" + command.key().id() + "”，而任务是“" + key.id() + "” (task changed)");
            }
            return command;
        });
    }

    /**
     * Completes a task with the command its payload makes once the task's key is known: the API's
     * request, checked (404, 403, 409) before its body is read, in one transaction and one look-up.
     */
    @Transactional
    public long complete(Caller caller, String taskId, java.util.function.Function<TaskKey, TaskCommand> command) {
        Task task = workableTask(caller, taskId);
        TaskKey key = TaskKey.of(task.getTaskDefinitionKey());
        return complete(caller, task, key, command.apply(key));
    }

    private long complete(Caller caller, Task task, TaskKey key, TaskCommand command) {
        String taskId = task.getId();
        long evaluationId = evaluationIdOf(task);
        Evaluation evaluation = evaluations.get(evaluationId);
        AuditState before = facts(evaluation);
        TaskOutcome outcome = handlers.handle(command, new TaskContext(evaluation, task.getProcessVariables(), caller));
        evaluations.record(evaluation, caller.username(), key.id(), outcome.detail());
        try {
            // the claim is a command of its own: its write locks the task row before the completion reads the
            // process, so that of two completions at once the second finds the task gone (409), not the next step
            asUser(caller, () -> {
                if (task.getAssignee() == null) {
                    tasks.claim(taskId, caller.username());
                }
                tasks.complete(taskId, outcome.variables());
            });
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException | FlowableTaskAlreadyClaimedException e) {
            throw raced();
        }
        // after the engine moved on, so that what its service tasks computed (the scores) is in the entry too
        AuditEvent change = AuditEvent.change(caller.username(), caller.address(), key.id(),
                EvaluationService.target(evaluation), evaluationId, before, facts(evaluations.get(evaluationId)));
        audit.record(withSubmission(change, outcome));
        return evaluationId;
    }

    /** The evaluation's facts with those of its rectifications: a task may change either. */
    private AuditState facts(Evaluation evaluation) {
        var all = new java.util.LinkedHashMap<>(EvaluationFacts.of(evaluation).facts());
        rectifications.ofEvaluation(evaluation.getId()).forEach(r -> all.putAll(RectificationFacts.of(r)));
        return new AuditState(all);
    }

    /**
     * Someone else claimed or completed the task between our reading it and our claiming or completing
     * it (two clients at once): their work stands, ours is rolled back.
     */
    private static ConflictException raced() {
        return new ConflictException("任务已被同时处理，请刷新后重试 (concurrent update)");
    }

    /** A task's entry says what was submitted even when it changed no evaluation fact (an approval, a plan). */
    private static AuditEvent withSubmission(AuditEvent change, TaskOutcome outcome) {
        if (outcome.detail() == null || outcome.detail().isBlank()) {
            return change;
        }
        var after = new java.util.LinkedHashMap<>(change.after().facts());
        after.put("submitted", outcome.detail());
        return new AuditEvent(change.actor(), change.address(), change.action(), change.target(), change.evaluationId(),
                change.before(), new AuditState(after));
    }

    /** The engine records the acting user as the starter and completer; its listeners read it from there. */
    private static void asUser(Caller caller, Runnable work) {
        ProcessActor.asUser(caller.username(), work);
    }

    /**
     * The open task if the caller may work on it: 404 when unknown or not visible, 409 when
     * already completed, 403 when visible but meant for another role or organisation.
     */
    private Task openTaskFor(Caller caller, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).includeProcessVariables().singleResult();
        if (task == null) {
            throw gone(caller, taskId);
        }
        boolean assignedToCaller = caller.username().equals(task.getAssignee());
        boolean candidate;
        try {
            candidate = tasks.getIdentityLinksForTask(taskId).stream()
                    .anyMatch(l -> l.getGroupId() != null && caller.groups().contains(l.getGroupId()));
        } catch (FlowableObjectNotFoundException completedJustNow) {
            throw gone(caller, taskId);
        }
        if (!assignedToCaller && !candidate) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw gone(caller, taskId); // completed while we looked: its candidates went with it
            }
            if (visible(task, caller)) {
                throw new ForbiddenException("这不是您的任务 (task belongs to another role or organisation)");
            }
            throw new NotFoundException("任务 " + taskId + " 不存在");
        }
        return task;
    }

    /** A task no longer open: 409 to those who could see it (someone completed it), 404 to anyone else. */
    private RuntimeException gone(Caller caller, String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId)
                .includeProcessVariables().singleResult();
        if (done != null && visible(done, caller)) {
            return new ConflictException("任务已完成 (task already completed)");
        }
        return new NotFoundException("任务 " + taskId + " 不存在");
    }

    private boolean visible(TaskInfo task, Caller caller) {
        Object id = task.getProcessVariables().get("evaluationId");
        if (!(id instanceof Number n)) {
            return false;
        }
        try {
            return EvaluationAccess.visible(evaluations.get(n.longValue()), caller);
        } catch (NotFoundException e) {
            return false;
        }
    }

    private long evaluationIdOf(TaskInfo task) {
        Object id = task.getProcessVariables().get("evaluationId");
        if (id instanceof Number n) {
            return n.longValue();
        }
        Object v = runtime.getVariable(task.getExecutionId(), "evaluationId");
        return ((Number) v).longValue();
    }

    private TaskView view(Task t, long evaluationId, String title) {
        return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), evaluationId,
                title == null ? evaluations.get(evaluationId).getTitle() : title,
                t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getAssignee());
    }
}
