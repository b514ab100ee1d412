package org.perfeval.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.Text;
import org.perfeval.indicator.SheetRules;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.DraftItem;
import org.perfeval.evaluation.EvidenceRef;
import org.perfeval.evaluation.ReportSections;
import org.perfeval.indicator.ActualValue;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Judgment;
import org.perfeval.indicator.Level;
import org.perfeval.json.JsonFields;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.workflow.task.TaskCommand;
import org.perfeval.workflow.task.TaskKey;

/**
 * Reads the body of {@code POST /api/tasks/{id}/complete} into the command of the task's key
 * (API.md). Everything about the JSON itself (types, shapes, lengths) is checked here and every
 * bad field named by its path; the rules about content are the domain's.
 */
public final class TaskCommandJson {

    private static final List<String> LATER_FIELDS = List.of("actual", "score", "level", "reason");
    private static final List<String> SECTIONS = List.of("abstract", "overview", "experience");
    /** A reason or comment goes into the history line of 4,000 characters with a short prefix. */
    static final int MAX_REASON = 2000;
    /** Each recommendation becomes a rectification whose title holds 1,000 characters. */
    private static final int MAX_RECOMMENDATION = 1000;

    private final JsonObject body;
    private final List<FieldError> errors = new ArrayList<>();

    private TaskCommandJson(JsonObject body) {
        this.body = body;
    }

    public static TaskCommand read(TaskKey key, JsonObject body) {
        TaskCommandJson r = new TaskCommandJson(body);
        TaskCommand command = switch (key) {
            case ACCEPT -> new TaskCommand.Accept(r.flag("accepted"), r.optionalText("reason", MAX_REASON));
            case SET_TARGETS -> new TaskCommand.SetTargets(r.targets());
            case SUBMIT_DATA -> r.submitData();
            case COLLECT_DATA -> r.collectData();
            case SCORE -> r.score();
            case DRAFT_REPORT -> new TaskCommand.DraftReport(r.items("findings", "evidence", Integer.MAX_VALUE),
                    r.items("recommendations", "text", MAX_RECOMMENDATION), r.sections(),
                    CommentAnswersJson.read(body.get("responses"), r.errors));
            case EXCHANGE_VIEWS -> new TaskCommand.ExchangeViews(r.flag("agree"), r.comments());
            case REVIEW -> new TaskCommand.Review(r.flag("approved"), r.comments());
            case RECTIFICATION_PLAN -> new TaskCommand.RectificationPlan(r.optionalText("measures", 8000), r.date("dueDate"));
            case RECTIFICATION_EVIDENCE -> new TaskCommand.RectificationEvidence(r.requiredText("summary", 8000),
                    r.evidence(true));
            case VERIFY_RECTIFICATION -> new TaskCommand.VerifyRectification(r.flag("accepted"),
                    r.optionalText("comments", MAX_REASON));
        };
        if (!r.errors.isEmpty()) {
            throw new ValidationException(r.errors);
        }
        return command;
    }

    /** A yes/no answer: the one field a decision cannot do without. */
    private boolean flag(String field) {
        JsonValue v = body.get(field);
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw ValidationException.of(field, "必填, 应为 true 或 false");
        }
        return v == JsonValue.TRUE;
    }

    private String optionalText(String field, int max) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            errors.add(new FieldError(field, "应为字符串"));
            return null;
        }
        if (s.getString().length() > max) {
            errors.add(new FieldError(field, "不能超过" + max + "个字符"));
            return null;
        }
        return s.getString().isBlank() ? null : s.getString().strip();
    }

    /** Comments on the draft: printed in the report's appendix, so several lines but nothing hidden. */
    private String comments() {
        String text = optionalText("comments", MAX_REASON);
        if (text != null && Text.hasHiddenCharactersBesideLineBreaks(text)) {
            errors.add(new FieldError("comments", SheetRules.HIDDEN));
            return null;
        }
        return text;
    }

    private String requiredText(String field, int max) {
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

    private LocalDate date(String field) {
        JsonValue d = body.get(field);
        if (d == null || d.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return LocalDate.parse(((JsonString) d).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            errors.add(new FieldError(field, "日期格式应为 YYYY-MM-DD"));
            return null;
        }
    }

    private List<Indicator> targets() {
        if (body.get("indicators") instanceof JsonArray list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof JsonObject ind) {
                    for (String later : LATER_FIELDS) {
                        if (ind.containsKey(later)) {
                            errors.add(new FieldError("indicators[" + i + "]." + later, "目标设定阶段不填写 " + later));
                        }
                    }
                }
            }
        }
        return ScoreSheetJson.indicators(body.get("indicators"), "indicators", errors);
    }

    private TaskCommand submitData() {
        if (!(body.get("funds") instanceof JsonObject)) {
            throw ValidationException.of("funds", "必填, 应为对象 (amounts in 万元)");
        }
        List<EvidenceRef> evidence = evidence(false);
        return new TaskCommand.SubmitData(ScoreSheetJson.funds(body.get("funds"), errors), evidence);
    }

    private List<EvidenceRef> evidence(boolean required) {
        return evidence(body.get("evidence"), "evidence", required);
    }

    /**
     * Evidence: uploaded files as {"fileId": n}, or file names as strings or {"name": ...} (as before
     * files could be uploaded); {@code required}: at least one.
     */
    private List<EvidenceRef> evidence(JsonValue value, String field, boolean required) {
        List<EvidenceRef> refs = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                errors.add(new FieldError(field, "必填, 应为佐证材料的非空数组"));
            }
            return refs;
        }
        if (!(value instanceof JsonArray list) || required && list.isEmpty()) {
            errors.add(new FieldError(field, required ? "必填, 应为佐证材料的非空数组" : "应为数组"));
            return refs;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = field + "[" + i + "]";
            JsonValue v = list.get(i);
            if (v instanceof JsonObject o && o.containsKey("fileId")) {
                if (o.get("fileId") instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
                    refs.add(EvidenceRef.file(n.longValue()));
                } else {
                    errors.add(new FieldError(at + ".fileId", "应为已上传文件的编号 (id of an uploaded file)"));
                }
                continue;
            }
            String name = v instanceof JsonString s ? s.getString()
                    : v instanceof JsonObject o && o.get("name") instanceof JsonString n ? n.getString() : null;
            if (name == null || name.isBlank()) {
                errors.add(new FieldError(at, "应为 {\"fileId\": ...}、文件名或 {\"name\": ...}"));
            } else if (name.length() > 255 || Text.hasHiddenCharacters(name)) {
                errors.add(new FieldError(at, "文件名不超过255个字符，且不含控制字符或不可见的格式字符 (file name)"));
            } else {
                refs.add(new EvidenceRef(name));
            }
        }
        return refs;
    }

    /** Actual values and checklist facts; an item may also (or only) cite the files its value rests on. */
    private TaskCommand collectData() {
        List<TaskCommand.Citation> cited = new ArrayList<>();
        List<ActualValue> actuals = actuals(cited);
        return new TaskCommand.CollectData(actuals, ScoreSheetJson.checklist(body.get("checklist"), errors), cited);
    }

    /** Judgments; an item may also (or only, for a computed indicator) cite the files its score rests on. */
    private TaskCommand score() {
        List<TaskCommand.Citation> cited = new ArrayList<>();
        List<Judgment> judgments = judgments(cited);
        return new TaskCommand.Score(judgments, cited);
    }

    /** The files an item of actuals or scores cites, if it has {@code evidence}. */
    private void citedBy(JsonObject item, List<String> path, String at, List<TaskCommand.Citation> cited) {
        if (item.containsKey("evidence")) {
            List<EvidenceRef> refs = evidence(item.get("evidence"), at + ".evidence", false);
            if (path != null) {
                cited.add(new TaskCommand.Citation(path, refs, at + ".evidence"));
            }
        }
    }

    private List<ActualValue> actuals(List<TaskCommand.Citation> cited) {
        JsonValue value = body.get("actuals");
        List<ActualValue> out = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(value instanceof JsonArray list)) {
            errors.add(new FieldError("actuals", "应为数组"));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "actuals[" + i + "]";
            if (!(list.get(i) instanceof JsonObject a)) {
                errors.add(new FieldError(at, "应为对象 {path, actual}"));
                continue;
            }
            List<String> path = JsonFields.path(a.get("path"), at + ".path", errors);
            citedBy(a, path, at, cited);
            if (!a.containsKey("actual") && a.containsKey("evidence")) {
                // evidence only: a placeholder keeps the items' positions, so that errors name the payload's
                if (path != null) {
                    out.add(new ActualValue(path, null));
                }
                continue;
            }
            Indicator.Actual actual = ScoreSheetJson.actual(a.get("actual"), at + ".actual", errors);
            if (path != null && actual != null) {
                out.add(new ActualValue(path, actual));
            }
        }
        return out;
    }

    private List<Judgment> judgments(List<TaskCommand.Citation> cited) {
        if (!(body.get("scores") instanceof JsonArray list)) {
            throw ValidationException.of("scores", "必填, 应为数组 (array of {path, score?, level?, reason?})");
        }
        List<Judgment> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "scores[" + i + "]";
            if (!(list.get(i) instanceof JsonObject s)) {
                errors.add(new FieldError(at, "应为对象"));
                continue;
            }
            List<String> path = JsonFields.path(s.get("path"), at + ".path", errors);
            citedBy(s, path, at, cited);
            var score = s.containsKey("score") ? JsonFields.number(s.get("score"), at + ".score", true, errors) : null;
            Level level = null;
            if (s.containsKey("level")) {
                level = s.get("level") instanceof JsonString l ? level(l.getString()) : null;
                if (level == null) {
                    errors.add(new FieldError(at + ".level", "应为 ACHIEVED, PARTLY 或 NOT_ACHIEVED"));
                }
            }
            String reason = null;
            if (s.containsKey("reason")) {
                if (s.get("reason") instanceof JsonString r) {
                    reason = SheetRules.text(at + ".reason", r.getString(), SheetRules.REASON, errors) ? r.getString() : null;
                } else {
                    errors.add(new FieldError(at + ".reason", "应为字符串"));
                }
            }
            if (path != null) {
                out.add(new Judgment(path, level, score, reason));
            }
        }
        return out;
    }

    private static Level level(String name) {
        for (Level l : Level.values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    /** Findings or recommendations: objects with a title, or plain strings taken as titles; absent keeps the draft's. */
    private List<DraftItem> items(String field, String textKey, int maxTitle) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray list)) {
            errors.add(new FieldError(field, "应为数组"));
            return null;
        }
        List<DraftItem> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonValue item = list.get(i);
            String title = item instanceof JsonString s ? s.getString()
                    : item instanceof JsonObject o && o.get("title") instanceof JsonString t ? t.getString() : null;
            if (title != null && title.strip().length() > maxTitle) {
                errors.add(new FieldError(field + "[" + i + "].title", "不能超过" + maxTitle + "个字符"));
            } else if (item instanceof JsonString s && !s.getString().isBlank()) {
                out.add(DraftItem.titled(s.getString()));
            } else if (item instanceof JsonObject o && o.get("title") instanceof JsonString t && !t.getString().isBlank()) {
                out.add(new DraftItem(text(o, "code"), t.getString(), text(o, textKey)));
            } else {
                errors.add(new FieldError(field + "[" + i + "].title", "必填, 应为非空字符串"));
            }
        }
        return out;
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    /** The report's free-text sections: {abstract?, overview?, experience?}, each a string. */
    private ReportSections sections() {
        JsonValue value = body.get("sections");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject o)) {
            errors.add(new FieldError("sections", "应为对象 {abstract, overview, experience}"));
            return null;
        }
        for (var e : o.entrySet()) {
            if (!SECTIONS.contains(e.getKey())) {
                errors.add(new FieldError("sections." + e.getKey(), "未知章节 (abstract, overview, experience)"));
            } else if (!(e.getValue() instanceof JsonString s) || s.getString().length() > 20000) {
                errors.add(new FieldError("sections." + e.getKey(), "应为不超过20000字的文本"));
            }
        }
        return new ReportSections(raw(o, "abstract"), raw(o, "overview"), raw(o, "experience"));
    }

    private static String raw(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
