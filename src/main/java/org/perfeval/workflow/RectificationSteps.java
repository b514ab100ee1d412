package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.platform.CrashTestPause;
import org.perfeval.rectification.NotificationKind;
import org.perfeval.rectification.Notifications;
import org.perfeval.rectification.Rectification;
import org.perfeval.rectification.RectificationService;
import org.perfeval.security.Role;

/**
 * Service tasks of rectification: opening one per recommendation after publication, the deadline
 * timers' dates, reminders and escalations when those timers fire, and closing the evaluation with
 * its budget advice when the last rectification is accepted.
 */
@ApplicationScoped
@Named("rectificationSteps")
public class RectificationSteps {

    @Inject
    EvaluationService evaluations;

    @Inject
    RectificationService rectifications;

    @Inject
    Notifications notifications;

    @Inject
    java.time.Clock clock;

    /** After publication: one rectification per recommendation; their ids drive the multi-instance call. */
    public void open(DelegateExecution execution) {
        Evaluation e = evaluation(execution);
        Instant publishedAt = e.getPublishedAt() == null ? Instant.now(clock) : e.getPublishedAt();
        List<Long> ids = new ArrayList<>(rectifications.openFor(e, publishedAt));
        execution.setVariable("rectificationIds", ids);
        if (!ids.isEmpty()) {
            evaluations.enter(e.getId(), EvaluationStatus.RECTIFICATION, ProcessActor.current());
            evaluations.record(e, ProcessActor.current(), "rectificationsOpened", ids.size() + "项整改事项");
        }
        CrashTestPause.at("openRectifications", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }

    /** Before each department task: the deadline and reminder dates its boundary timers read. */
    public void schedule(DelegateExecution execution) {
        long id = rectificationId(execution);
        Rectification r = rectifications.get(id);
        execution.setVariable("dueAt", r.getDueAt().toString());
        execution.setVariable("remindAt", rectifications.reminderAt(id).toString());
        CrashTestPause.at("schedule", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }

    public void remind(DelegateExecution execution) {
        rectifications.remind(rectificationId(execution), evaluation(execution));
        CrashTestPause.at("remind", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }

    public void escalate(DelegateExecution execution) {
        Evaluation e = evaluation(execution);
        long id = rectificationId(execution);
        // once per rectification, like its notifications: a second deadline timer of an item already
        // overdue (its evidence task started past the deadline) adds no second history entry
        if (rectifications.escalate(id, e)) {
            evaluations.record(e, "system", "overdue", "整改事项逾期: " + rectifications.get(id).getTitle());
        }
        CrashTestPause.at("escalate", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }

    /** Results application: the evaluation closes with its budget advice once every rectification is accepted. */
    public void close(DelegateExecution execution) {
        Evaluation e = evaluations.close(evaluationId(execution), rectifications.onTime(evaluationId(execution)),
                ProcessActor.current());
        String message = "评价已关闭。" + e.getAdviceBudgetYear() + "年度预算建议：" + e.getAdviceText();
        notifications.notify(e.getBureau().getId(), Role.BUREAU, NotificationKind.EVALUATION_CLOSED, e.getId(), null, message);
        notifications.notify(e.getSubject().getId(), Role.DEPARTMENT, NotificationKind.EVALUATION_CLOSED, e.getId(), null, message);
        CrashTestPause.at("closeEvaluation", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }

    private Evaluation evaluation(DelegateExecution execution) {
        return evaluations.get(evaluationId(execution));
    }

    private static long evaluationId(DelegateExecution execution) {
        return ProcessActor.evaluationId(execution);
    }

    private static long rectificationId(DelegateExecution execution) {
        return ProcessActor.rectificationId(execution);
    }
}
