package org.perfeval.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.perfeval.common.FieldError;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.DraftItem;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvidenceRef;
import org.perfeval.security.Role;

/**
 * Rectification use cases: opening one per recommendation at publication, the department's plan
 * and evidence, the bureau's verification, reminders before and escalation after the deadline.
 * Deadlines end at midnight in the clock's zone. The application layer provides the transaction.
 */
@ApplicationScoped
public class RectificationService {

    @Inject
    org.perfeval.audit.AuditTrail audit;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    RectificationRepository repository;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** How long after publication the measures are due. */
    @Inject
    @ConfigProperty(name = "PERFEVAL_RECTIFICATION_PERIOD", defaultValue = "P30D")
    Duration period;

    /** How long before a deadline the reminder goes out. */
    @Inject
    @ConfigProperty(name = "PERFEVAL_RECTIFICATION_REMINDER_LEAD", defaultValue = "P3D")
    Duration reminderLead;

    /** One rectification per recommendation of the published report; returns their ids. */
    public List<Long> openFor(Evaluation evaluation, Instant publishedAt) {
        List<Long> ids = new ArrayList<>();
        List<DraftItem> recommendations = evaluation.recommendations();
        Instant due = publishedAt.plus(period);
        for (int i = 0; i < recommendations.size(); i++) {
            String title = recommendations.get(i).title();
            Rectification rect = repository.add(new Rectification(evaluation.getId(), i + 1, title, due));
            ids.add(rect.getId());
            notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.RECTIFICATION_OPENED,
                    evaluation.getId(), rect.getId(), "请于" + day(due) + "前完成整改并提交整改方案：" + title);
        }
        return ids;
    }

    public Rectification get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("整改事项 " + id + " 不存在"));
    }

    public List<Rectification> ofEvaluation(long evaluationId) {
        return repository.ofEvaluation(evaluationId);
    }

    public List<Rectification> ofEvaluations(Collection<Long> evaluationIds) {
        return repository.ofEvaluations(evaluationIds);
    }

    /** rectificationPlan: the measures (required), due by the end of {@code dueDate} (null keeps the current deadline). */
    public String plan(long id, String measures, LocalDate dueDate) {
        Rectification r = get(id);
        List<FieldError> errors = new ArrayList<>();
        if (measures == null || measures.isBlank()) {
            errors.add(new FieldError("measures", "必填, 应为非空字符串"));
        }
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            errors.add(new FieldError("dueDate", "整改完成日期不能早于今天"));
        } else if (dueDate != null && dueDate.isAfter(LocalDate.now(clock).plusYears(10))) {
            errors.add(new FieldError("dueDate", "整改完成日期不能晚于" + LocalDate.now(clock).plusYears(10)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant due = dueDate == null ? r.getDueAt() : endOf(dueDate);
        r.plan(measures, due);
        return "整改方案: " + measures + "（" + day(due) + "前完成）";
    }

    /** rectificationEvidence: what was done and the evidence for it. */
    public String submitEvidence(long id, String summary, List<EvidenceRef> evidence) {
        if (evidence.isEmpty()) {
            throw ValidationException.of("evidence", "必填, 应为佐证材料的非空数组");
        }
        get(id).submitEvidence(summary, evidence);
        return "整改情况: " + summary;
    }

    /** verifyRectification: accepted, or returned with the bureau's comments (required then). */
    public void verify(long id, boolean accepted, String comments, Evaluation evaluation) {
        Rectification r = get(id);
        if (accepted) {
            r.accept(Instant.now(clock));
            notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.ACCEPTED,
                    evaluation.getId(), id, "整改事项已通过验收：" + r.getTitle());
            return;
        }
        if (comments == null || comments.isBlank()) {
            throw ValidationException.of("comments", "必填, 应为非空字符串");
        }
        r.returnEvidence(comments);
        notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.EVIDENCE_RETURNED,
                evaluation.getId(), id, "整改材料被退回：" + r.getTitle() + "。意见：" + comments);
    }

    /** When the reminder for the current deadline is due. */
    public Instant reminderAt(long id) {
        return get(id).getDueAt().minus(reminderLead);
    }

    public void remind(long id, Evaluation evaluation) {
        Rectification r = get(id);
        if (r.markReminded()) {
            notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.REMINDER,
                    evaluation.getId(), id, "整改事项将于" + day(r.getDueAt()) + "到期，请按期完成：" + r.getTitle());
        }
    }

    /** The deadline has passed: the rectification is overdue and the bureau is told (once); false when it already was. */
    public boolean escalate(long id, Evaluation evaluation) {
        Rectification r = get(id);
        AuditState before = RectificationFacts.state(r);
        if (r.markOverdue(Instant.now(clock))) {
            audit.record(AuditEvent.change("system", null, "rectification.overdue", "rectification:" + id,
                    evaluation.getId(), before, RectificationFacts.state(r)));
            String message = "整改事项已逾期（期限" + day(r.getDueAt()) + "）：" + evaluation.getSubject().getName() + "，" + r.getTitle();
            notifications.notify(evaluation.getBureau().getId(), Role.BUREAU, NotificationKind.ESCALATION,
                    evaluation.getId(), id, message);
            notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.ESCALATION,
                    evaluation.getId(), id, message);
            return true;
        }
        return false;
    }

    /** Rectification is on time when no item of the evaluation ever went overdue. */
    public boolean onTime(long evaluationId) {
        return repository.ofEvaluation(evaluationId).stream().noneMatch(Rectification::isOverdue);
    }

    private Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** The last day before the deadline instant, as reports write dates. */
    private String day(Instant at) {
        return DAY.format(at.minusSeconds(1).atZone(clock.getZone()));
    }
}
