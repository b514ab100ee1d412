package org.perfeval.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.Json;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.platform.Settings;
import org.perfeval.security.Role;

/**
 * Rectification use cases: opening one per recommendation at publication, the department's plan
 * and evidence, the bureau's verification, reminders before and escalation after the deadline.
 * Callers provide the transaction.
 */
@ApplicationScoped
public class RectificationService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    RectificationRepository repository;

    @Inject
    Notifications notifications;

    Clock clock = Clock.systemDefaultZone();

    /** How long after publication the measures are due (P30D by default, PERFEVAL_RECTIFICATION_PERIOD). */
    public static Duration period() {
        return Duration.parse(Settings.get("PERFEVAL_RECTIFICATION_PERIOD").orElse("P30D"));
    }

    /** How long before a deadline the reminder goes out (P3D by default, PERFEVAL_RECTIFICATION_REMINDER_LEAD). */
    public static Duration reminderLead() {
        return Duration.parse(Settings.get("PERFEVAL_RECTIFICATION_REMINDER_LEAD").orElse("P3D"));
    }

    /** One rectification per recommendation of the published report; returns their ids. */
    public List<Long> openFor(Evaluation evaluation, Instant publishedAt) {
        List<Long> ids = new ArrayList<>();
        JsonArray recommendations = evaluation.recommendations();
        Instant due = publishedAt.plus(period());
        for (int i = 0; i < recommendations.size(); i++) {
            JsonValue r = recommendations.get(i);
            String title = r instanceof JsonObject o ? o.getString("title", "整改建议" + (i + 1)) : String.valueOf(r);
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

    public List<Rectification> overdue() {
        return repository.overdue();
    }

    /** rectificationPlan: {measures, dueDate?}; the due date defaults to the current deadline. */
    public String plan(long id, JsonObject body) {
        Rectification r = get(id);
        List<FieldError> errors = new ArrayList<>();
        String measures = text(body, "measures", 8000, errors);
        Instant due = r.getDueAt();
        JsonValue d = body.get("dueDate");
        if (d != null && d.getValueType() != JsonValue.ValueType.NULL) {
            try {
                LocalDate date = LocalDate.parse(((JsonString) d).getString());
                if (date.isBefore(LocalDate.now(clock))) {
                    errors.add(new FieldError("dueDate", "整改完成日期不能早于今天"));
                } else {
                    due = endOf(date);
                }
            } catch (ClassCastException | DateTimeParseException e) {
                errors.add(new FieldError("dueDate", "日期格式应为 YYYY-MM-DD"));
            }
        }
        throwIfAny(errors);
        r.plan(measures, due);
        return "整改方案: " + measures + "（" + day(due) + "前完成）";
    }

    /** rectificationEvidence: {summary, evidence: [file names or {name}]}. */
    public String submitEvidence(long id, JsonObject body) {
        Rectification r = get(id);
        List<FieldError> errors = new ArrayList<>();
        String summary = text(body, "summary", 8000, errors);
        JsonValue evidence = body.get("evidence");
        if (!(evidence instanceof JsonArray list) || list.isEmpty()) {
            errors.add(new FieldError("evidence", "必填, 应为佐证材料的非空数组"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonValue v = list.get(i);
                boolean named = v instanceof JsonString s && !s.getString().isBlank()
                        || v instanceof JsonObject o && o.get("name") instanceof JsonString;
                if (!named) {
                    errors.add(new FieldError("evidence[" + i + "]", "应为文件名或 {\"name\": ...}"));
                }
            }
        }
        throwIfAny(errors);
        r.submitEvidence(summary, Json.write((JsonArray) evidence));
        return "整改情况: " + summary;
    }

    /** verifyRectification: {accepted: true} or {accepted: false, comments}; returns whether it was accepted. */
    public boolean verify(long id, JsonObject body, Evaluation evaluation) {
        Rectification r = get(id);
        JsonValue accepted = body.get("accepted");
        if (accepted != JsonValue.TRUE && accepted != JsonValue.FALSE) {
            throw ValidationException.of("accepted", "必填, 应为 true 或 false");
        }
        if (accepted == JsonValue.TRUE) {
            r.accept(Instant.now(clock));
            notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.ACCEPTED,
                    evaluation.getId(), id, "整改事项已通过验收：" + r.getTitle());
            return true;
        }
        List<FieldError> errors = new ArrayList<>();
        String comments = text(body, "comments", 4000, errors);
        throwIfAny(errors);
        r.returnEvidence(comments);
        notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.EVIDENCE_RETURNED,
                evaluation.getId(), id, "整改材料被退回：" + r.getTitle() + "。意见：" + comments);
        return false;
    }

    /** When the reminder for the current deadline is due. */
    public Instant reminderAt(long id) {
        return get(id).getDueAt().minus(reminderLead());
    }

    public void remind(long id, Evaluation evaluation) {
        Rectification r = get(id);
        if (r.markReminded()) {
            notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.REMINDER,
                    evaluation.getId(), id, "整改事项将于" + day(r.getDueAt()) + "到期，请按期完成：" + r.getTitle());
        }
    }

    /** The deadline has passed: the rectification is overdue and the bureau is told (once). */
    public void escalate(long id, Evaluation evaluation) {
        Rectification r = get(id);
        if (r.markOverdue(Instant.now(clock))) {
            String message = "整改事项已逾期（期限" + day(r.getDueAt()) + "）：" + evaluation.getSubject().getName() + "，" + r.getTitle();
            notifications.notify(evaluation.getBureau().getId(), Role.BUREAU, NotificationKind.ESCALATION,
                    evaluation.getId(), id, message);
            notifications.notify(evaluation.getSubject().getId(), Role.DEPARTMENT, NotificationKind.ESCALATION,
                    evaluation.getId(), id, message);
        }
    }

    /** Rectification is on time when no item of the evaluation ever went overdue. */
    public boolean onTime(long evaluationId) {
        return repository.ofEvaluation(evaluationId).stream().noneMatch(Rectification::isOverdue);
    }

    public List<Rectification> ofEvaluations(java.util.Collection<Long> evaluationIds) {
        return repository.ofEvaluations(evaluationIds);
    }

    private Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** The last day before the deadline instant, as reports write dates. */
    private static String day(Instant at) {
        return DAY.format(at.minusSeconds(1).atZone(ZoneId.systemDefault()));
    }

    private static String text(JsonObject body, String field, int max, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            errors.add(new FieldError(field, "必填, 应为非空字符串"));
            return null;
        }
        if (s.getString().length() > max) {
            errors.add(new FieldError(field, "不能超过" + max + "个字符"));
            return null;
        }
        return s.getString().strip();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
