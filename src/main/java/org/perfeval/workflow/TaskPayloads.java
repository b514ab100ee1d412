package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.indicator.SheetEditor;
import org.perfeval.rectification.RectificationService;
import org.perfeval.security.Directory;

/**
 * Applies the payload of each user task (API.md, by task key) to the evaluation and returns the
 * process variables the task completes with. Validation comes first and names every bad field;
 * nothing is written unless the whole payload is good.
 */
@ApplicationScoped
public class TaskPayloads {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.common.Json.BUILDERS;

    @Inject
    Directory directory;

    @Inject
    RectificationService rectifications;

    private static long rectificationId(Map<String, Object> processVariables) {
        return ((Number) processVariables.get("rectificationId")).longValue();
    }

    /** What a completed task leaves behind: process variables and a line for the history. */
    public record Outcome(Map<String, Object> variables, String detail) {
    }

    public Outcome apply(String key, Evaluation evaluation, JsonObject body, Map<String, Object> processVariables) {
        return switch (key) {
            case "rectificationPlan" -> new Outcome(Map.of(), rectifications.plan(rectificationId(processVariables), body));
            case "rectificationEvidence" -> new Outcome(Map.of(),
                    rectifications.submitEvidence(rectificationId(processVariables), body));
            case "verifyRectification" -> {
                boolean accepted = rectifications.verify(rectificationId(processVariables), body, evaluation);
                yield new Outcome(Map.of("rectificationAccepted", accepted), accepted ? "整改验收通过"
                        : "整改材料退回: " + body.getString("comments", ""));
            }
            case "accept" -> accept(evaluation, body);
            case "setTargets" -> {
                evaluation.updateSheet(header(SheetEditor.withTargets(evaluation.sheet(), body.get("indicators")), evaluation));
                yield new Outcome(Map.of(), body.getJsonArray("indicators").size() + "项指标");
            }
            case "submitData" -> {
                evaluation.updateSheet(SheetEditor.withFunds(evaluation.sheet(), body.get("funds"), body.get("evidence")));
                yield new Outcome(Map.of(), "资金数据已提交");
            }
            case "collectData" -> {
                evaluation.updateSheet(SheetEditor.withActuals(evaluation.sheet(), body.get("actuals"), body.get("checklist")));
                yield new Outcome(Map.of(), "实际完成值已采集");
            }
            case "score" -> {
                evaluation.updateSheet(SheetEditor.withScores(evaluation.sheet(), body.get("scores")));
                yield new Outcome(Map.of(), "评分已提交");
            }
            case "draftReport" -> draft(evaluation, body);
            case "exchangeViews" -> decision(body, "agree", "comments", "agreed", "被评价单位同意", "被评价单位意见: ");
            case "review" -> decision(body, "approved", "comments", "approved", "审核通过", "退回: ");
            default -> throw new IllegalStateException("no payload handler for task " + key);
        };
    }

    private Outcome accept(Evaluation evaluation, JsonObject body) {
        Outcome outcome = decision(body, "accepted", "reason", "accepted", "接受委托", "拒绝委托: ");
        if (Boolean.TRUE.equals(outcome.variables().get("accepted"))
                && directory.conflicted(evaluation.getAgency().getId(), evaluation.getSubject().getId())) {
            throw ValidationException.of("accepted",
                    "评价机构与被评价单位存在利害关系，须回避，不能接受委托 (recorded conflict of interest)");
        }
        return outcome;
    }

    /** A yes/no decision; "no" needs a written reason. */
    private static Outcome decision(JsonObject body, String flag, String reasonField, String variable,
                                    String yesText, String noPrefix) {
        JsonValue v = body.get(flag);
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw ValidationException.of(flag, "必填, 应为 true 或 false");
        }
        boolean yes = v == JsonValue.TRUE;
        String reason = body.get(reasonField) instanceof JsonString s ? s.getString().strip() : null;
        if (body.containsKey(reasonField) && !(body.get(reasonField) instanceof JsonString)
                && body.get(reasonField).getValueType() != JsonValue.ValueType.NULL) {
            throw ValidationException.of(reasonField, "应为字符串");
        }
        if (!yes && (reason == null || reason.isEmpty())) {
            throw ValidationException.of(reasonField, "选择否时须填写理由");
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(variable, yes);
        return new Outcome(vars, yes ? yesText + (reason == null || reason.isEmpty() ? "" : ": " + reason) : noPrefix + reason);
    }

    private static Outcome draft(Evaluation evaluation, JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        JsonArray findings = items(body.get("findings"), "findings", "title", errors);
        JsonArray recommendations = items(body.get("recommendations"), "recommendations", "title", errors);
        JsonObject sections = sections(body.get("sections"), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        evaluation.recordReport(findings == null ? evaluation.findings() : findings,
                recommendations == null ? evaluation.recommendations() : recommendations);
        if (sections != null) {
            evaluation.recordSections(JSON.createObjectBuilder(evaluation.reportSections()).addAll(
                    JSON.createObjectBuilder(sections)).build());
        }
        return new Outcome(Map.of(), "报告初稿: " + evaluation.findings().size() + "个问题, "
                + evaluation.recommendations().size() + "条建议");
    }

    /** The report's free-text sections: {abstract?, overview?, experience?}, each a string. */
    private static JsonObject sections(JsonValue value, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject o)) {
            errors.add(new FieldError("sections", "应为对象 {abstract, overview, experience}"));
            return null;
        }
        for (var e : o.entrySet()) {
            if (!List.of("abstract", "overview", "experience").contains(e.getKey())) {
                errors.add(new FieldError("sections." + e.getKey(), "未知章节 (abstract, overview, experience)"));
            } else if (!(e.getValue() instanceof JsonString s) || s.getString().length() > 20000) {
                errors.add(new FieldError("sections." + e.getKey(), "应为不超过20000字的文本"));
            }
        }
        return o;
    }

    /** A list of findings or recommendations: objects with a title, or plain strings taken as titles. */
    private static JsonArray items(JsonValue value, String field, String titleKey, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray list)) {
            errors.add(new FieldError(field, "应为数组"));
            return null;
        }
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (int i = 0; i < list.size(); i++) {
            JsonValue item = list.get(i);
            if (item instanceof JsonString s && !s.getString().isBlank()) {
                out.add(JSON.createObjectBuilder().add(titleKey, s.getString().strip()));
            } else if (item instanceof JsonObject o && o.get(titleKey) instanceof JsonString t && !t.getString().isBlank()) {
                out.add(o);
            } else {
                errors.add(new FieldError(field + "[" + i + "]." + titleKey, "必填, 应为非空字符串"));
            }
        }
        return out.build();
    }

    /** The sheet carries the evaluation's own header, so that it is a complete score sheet on its own. */
    private static JsonObject header(JsonObject sheet, Evaluation e) {
        return JSON.createObjectBuilder(sheet)
                .add("title", e.getTitle())
                .add("year", e.getYear())
                .add("kind", e.getKind().name())
                .add("subject", JSON.createObjectBuilder().add("name", e.getSubject().getName()))
                .build();
    }
}
