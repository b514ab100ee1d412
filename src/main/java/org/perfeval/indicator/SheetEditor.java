package org.perfeval.indicator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;

/**
 * Fills an evaluation's score sheet (cases/FORMAT.md) step by step, as the lifecycle's tasks
 * deliver their parts; each step validates its whole payload and names every bad field by its
 * JSON path before anything changes.
 */
public final class SheetEditor {

    public static final Set<String> FUND_FIELDS = Set.of("initialBudget", "adjustedBudget", "expenditure",
            "basicExpenditure", "projectExpenditure", "procurementBudget", "procurementExecuted", "carryOver",
            "threePublicBudget", "threePublicActual");
    public static final Set<String> CHECKLIST_FIELDS = Set.of("performanceLeadingGroup", "performanceRules");
    public static final Set<String> LEVELS = Set.of("ACHIEVED", "PARTLY", "NOT_ACHIEVED");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.005");

    private SheetEditor() {
    }

    /** setTargets: the indicator system with weights and targets, without actual values. */
    public static JsonObject withTargets(JsonObject sheet, JsonValue indicators) {
        List<FieldError> errors = new ArrayList<>();
        if (!(indicators instanceof JsonArray list) || list.isEmpty()) {
            throw ValidationException.of("indicators", "应为非空数组 (a non-empty array of indicators)");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        Set<String> paths = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < list.size(); i++) {
            String at = "indicators[" + i + "]";
            if (!(list.get(i) instanceof JsonObject ind)) {
                errors.add(new FieldError(at, "应为对象"));
                continue;
            }
            List<String> path = path(ind.get("path"), at + ".path", errors);
            if (path != null && !paths.add(String.join("/", path))) {
                errors.add(new FieldError(at + ".path", "指标路径重复: " + String.join("/", path)));
            }
            BigDecimal weight = number(ind.get("weight"), at + ".weight", true, errors);
            if (weight != null) {
                if (weight.signum() < 0) {
                    errors.add(new FieldError(at + ".weight", "分值不能为负"));
                } else {
                    total = total.add(weight);
                }
            }
            JsonValue formula = ind.get("formula");
            if (formula != null && !(formula instanceof JsonString fs && Formula.known(fs.getString()))) {
                errors.add(new FieldError(at + ".formula", "未知公式: " + formula));
            }
            JsonValue target = ind.get("target");
            if (target != null && !(target instanceof JsonString)) {
                errors.add(new FieldError(at + ".target", "应为字符串, 如 \"≥11个\""));
            }
            if (formula == null && target == null && ind.getBoolean("applicable", true)) {
                errors.add(new FieldError(at + ".target", "需要指标值或计算公式 (target or formula required)"));
            }
            tiers(ind.get("tiers"), at + ".tiers", errors);
            for (String forbidden : List.of("actual", "score", "level")) {
                if (ind.containsKey(forbidden)) {
                    errors.add(new FieldError(at + "." + forbidden, "目标设定阶段不填写 " + forbidden));
                }
            }
            JsonValue applicable = ind.get("applicable");
            if (applicable != null && applicable.getValueType() != JsonValue.ValueType.TRUE
                    && applicable.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(new FieldError(at + ".applicable", "应为 true 或 false"));
            }
            out.add(ind);
        }
        if (errors.isEmpty() && total.subtract(HUNDRED).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
            errors.add(new FieldError("indicators", "各指标分值合计应为100, 现为 " + total.stripTrailingZeros().toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Json.createObjectBuilder(sheet).add("indicators", out).build();
    }

    /** submitData: the department's funds (万元) and references to its evidence. */
    public static JsonObject withFunds(JsonObject sheet, JsonValue funds, JsonValue evidence) {
        List<FieldError> errors = new ArrayList<>();
        if (!(funds instanceof JsonObject f)) {
            throw ValidationException.of("funds", "必填, 应为对象 (object of amounts in 万元)");
        }
        for (Map.Entry<String, JsonValue> e : f.entrySet()) {
            String at = "funds." + e.getKey();
            if (!FUND_FIELDS.contains(e.getKey())) {
                errors.add(new FieldError(at, "未知资金项"));
                continue;
            }
            BigDecimal v = number(e.getValue(), at, true, errors);
            if (v != null && v.signum() < 0) {
                errors.add(new FieldError(at, "金额不能为负"));
            }
        }
        JsonArrayBuilder refs = Json.createArrayBuilder();
        if (evidence != null && evidence.getValueType() != JsonValue.ValueType.NULL) {
            if (!(evidence instanceof JsonArray list)) {
                errors.add(new FieldError("evidence", "应为数组"));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonValue v = list.get(i);
                    if (v instanceof JsonString s && !s.getString().isBlank()) {
                        refs.add(Json.createObjectBuilder().add("name", s.getString()));
                    } else if (v instanceof JsonObject o && o.get("name") instanceof JsonString) {
                        refs.add(o);
                    } else {
                        errors.add(new FieldError("evidence[" + i + "]", "应为文件名或 {\"name\": ...}"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Json.createObjectBuilder(sheet).add("funds", f).add("evidence", refs).build();
    }

    /** collectData: the evaluator's actual values per indicator path and the checklist facts. */
    public static JsonObject withActuals(JsonObject sheet, JsonValue actuals, JsonValue checklist) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> index = indexOf(sheet);
        Map<Integer, JsonValue> values = new HashMap<>();
        if (actuals != null && actuals.getValueType() != JsonValue.ValueType.NULL) {
            if (!(actuals instanceof JsonArray list)) {
                errors.add(new FieldError("actuals", "应为数组"));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    String at = "actuals[" + i + "]";
                    if (!(list.get(i) instanceof JsonObject a)) {
                        errors.add(new FieldError(at, "应为对象 {path, actual}"));
                        continue;
                    }
                    Integer target = indicatorAt(a.get("path"), at + ".path", index, errors);
                    JsonValue actual = a.get("actual");
                    if (!(actual instanceof JsonString || actual instanceof JsonNumber)) {
                        errors.add(new FieldError(at + ".actual", "应为文本或数字, 如 \"12个\""));
                    } else if (actual instanceof JsonString s && s.getString().isBlank()) {
                        errors.add(new FieldError(at + ".actual", "不能为空"));
                    } else if (target != null) {
                        values.put(target, actual);
                    }
                }
            }
        }
        JsonObjectBuilder facts = Json.createObjectBuilder(sheet.getJsonObject("checklist") == null
                ? JsonValue.EMPTY_JSON_OBJECT : sheet.getJsonObject("checklist"));
        if (checklist != null && checklist.getValueType() != JsonValue.ValueType.NULL) {
            if (!(checklist instanceof JsonObject c)) {
                errors.add(new FieldError("checklist", "应为对象"));
            } else {
                for (Map.Entry<String, JsonValue> e : c.entrySet()) {
                    if (!CHECKLIST_FIELDS.contains(e.getKey())) {
                        errors.add(new FieldError("checklist." + e.getKey(), "未知检查项"));
                    } else if (e.getValue() != JsonValue.TRUE && e.getValue() != JsonValue.FALSE) {
                        errors.add(new FieldError("checklist." + e.getKey(), "应为 true 或 false"));
                    } else {
                        facts.add(e.getKey(), e.getValue());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        JsonArray indicators = sheet.getJsonArray("indicators");
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (int i = 0; i < indicators.size(); i++) {
            JsonObject ind = indicators.getJsonObject(i);
            out.add(values.containsKey(i) ? Json.createObjectBuilder(ind).add("actual", values.get(i)).build() : ind);
        }
        return Json.createObjectBuilder(sheet).add("indicators", out).add("checklist", facts).build();
    }

    /** score: the evaluator's levels, scores and reasons; formula and quantitative indicators are computed later. */
    public static JsonObject withScores(JsonObject sheet, JsonValue scores) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> index = indexOf(sheet);
        JsonArray indicators = sheet.getJsonArray("indicators");
        Map<Integer, JsonObject> judged = new HashMap<>();
        if (!(scores instanceof JsonArray list)) {
            throw ValidationException.of("scores", "必填, 应为数组 (array of {path, score?, level?, reason?})");
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "scores[" + i + "]";
            if (!(list.get(i) instanceof JsonObject s)) {
                errors.add(new FieldError(at, "应为对象"));
                continue;
            }
            Integer target = indicatorAt(s.get("path"), at + ".path", index, errors);
            if (target == null) {
                continue;
            }
            BigDecimal weight = indicators.getJsonObject(target).getJsonNumber("weight").bigDecimalValue();
            BigDecimal score = s.containsKey("score") ? number(s.get("score"), at + ".score", true, errors) : null;
            String level = null;
            if (s.containsKey("level")) {
                if (s.get("level") instanceof JsonString l && LEVELS.contains(l.getString())) {
                    level = l.getString();
                } else {
                    errors.add(new FieldError(at + ".level", "应为 ACHIEVED, PARTLY 或 NOT_ACHIEVED"));
                }
            }
            String reason = null;
            if (s.containsKey("reason")) {
                if (s.get("reason") instanceof JsonString r) {
                    reason = r.getString().strip();
                } else {
                    errors.add(new FieldError(at + ".reason", "应为字符串"));
                }
            }
            int before = errors.size();
            checkJudgment(at, weight, score, level, reason, errors);
            if (errors.size() == before) {
                JsonObjectBuilder j = Json.createObjectBuilder();
                if (score != null) {
                    j.add("score", score);
                }
                if (level != null) {
                    j.add("level", level);
                }
                if (reason != null && !reason.isEmpty()) {
                    j.add("reason", reason);
                }
                judged.put(target, j.build());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (int i = 0; i < indicators.size(); i++) {
            JsonObject ind = indicators.getJsonObject(i);
            if (judged.containsKey(i)) {
                JsonObjectBuilder b = Json.createObjectBuilder(ind).remove("score").remove("level").remove("reason");
                judged.get(i).forEach(b::add);
                out.add(b);
            } else {
                out.add(ind);
            }
        }
        return Json.createObjectBuilder(sheet).add("indicators", out).build();
    }

    /** The rules of DESIGN.md for an evaluator's judgment: score within the weight and the level's band, reasons where points are lost. */
    static void checkJudgment(String at, BigDecimal weight, BigDecimal score, String level, String reason,
                              List<FieldError> errors) {
        boolean hasReason = reason != null && !reason.isBlank();
        if (score != null) {
            if (score.signum() < 0 || score.compareTo(weight) > 0) {
                errors.add(new FieldError(at + ".score", "得分应在0至分值" + weight.stripTrailingZeros().toPlainString() + "之间"));
                return;
            }
            if (score.compareTo(weight) < 0 && !hasReason) {
                errors.add(new FieldError(at + ".reason", "扣分须说明理由 (a reason is required when points are deducted)"));
            }
        }
        if (level == null) {
            return;
        }
        BigDecimal low = switch (level) {
            case "ACHIEVED" -> new BigDecimal("0.8");
            case "PARTLY" -> new BigDecimal("0.6");
            default -> BigDecimal.ZERO;
        };
        BigDecimal high = switch (level) {
            case "ACHIEVED" -> BigDecimal.ONE;
            case "PARTLY" -> new BigDecimal("0.8");
            default -> new BigDecimal("0.6");
        };
        if (score == null) {
            if (!level.equals("ACHIEVED")) {
                errors.add(new FieldError(at + ".score", "部分达成或未达成须给出得分"));
            }
            return;
        }
        BigDecimal share = weight.signum() == 0 ? BigDecimal.ONE : score.divide(weight, 10, java.math.RoundingMode.HALF_UP);
        boolean inBand = share.compareTo(low) >= 0
                && (level.equals("ACHIEVED") ? share.compareTo(high) <= 0 : share.compareTo(high) < 0);
        if (!inBand) {
            errors.add(new FieldError(at + ".score", "得分不在" + levelLabel(level) + "的区间内"));
        }
    }

    private static String levelLabel(String level) {
        return switch (level) {
            case "ACHIEVED" -> "达成 (80%–100%)";
            case "PARTLY" -> "部分达成 (60%–80%)";
            default -> "未达成 (低于60%)";
        };
    }

    public static Map<String, Integer> indexOf(JsonObject sheet) {
        Map<String, Integer> index = new HashMap<>();
        JsonArray indicators = sheet.getJsonArray("indicators");
        if (indicators == null) {
            throw ValidationException.of("indicators", "尚未设定指标体系");
        }
        for (int i = 0; i < indicators.size(); i++) {
            index.put(key(indicators.getJsonObject(i).getJsonArray("path")), i);
        }
        return index;
    }

    public static String key(JsonArray path) {
        List<String> names = new ArrayList<>();
        path.forEach(v -> names.add(((JsonString) v).getString()));
        return String.join("/", names);
    }

    private static Integer indicatorAt(JsonValue pathValue, String at, Map<String, Integer> index,
                                       List<FieldError> errors) {
        List<String> path = path(pathValue, at, errors);
        if (path == null) {
            return null;
        }
        Integer i = index.get(String.join("/", path));
        if (i == null) {
            errors.add(new FieldError(at, "没有这个指标: " + String.join("/", path)));
        }
        return i;
    }

    private static List<String> path(JsonValue value, String at, List<FieldError> errors) {
        if (!(value instanceof JsonArray arr) || arr.isEmpty() || arr.size() > 3) {
            errors.add(new FieldError(at, "应为1至3级指标名称的数组"));
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonValue v : arr) {
            if (!(v instanceof JsonString s) || s.getString().isBlank()) {
                errors.add(new FieldError(at, "指标名称应为非空字符串"));
                return null;
            }
            names.add(s.getString().strip());
        }
        return names;
    }

    private static BigDecimal number(JsonValue value, String at, boolean required, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                errors.add(new FieldError(at, "必填, 应为数字"));
            }
            return null;
        }
        if (!(value instanceof JsonNumber n)) {
            errors.add(new FieldError(at, "应为数字 (number expected)"));
            return null;
        }
        return n.bigDecimalValue();
    }

    private static void tiers(JsonValue value, String at, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (!(value instanceof JsonArray list) || list.isEmpty()) {
            errors.add(new FieldError(at, "应为非空数组"));
            return;
        }
        BigDecimal previous = null;
        for (int i = 0; i < list.size(); i++) {
            String t = at + "[" + i + "]";
            if (!(list.get(i) instanceof JsonObject tier)) {
                errors.add(new FieldError(t, "应为对象 {upTo, share}"));
                continue;
            }
            BigDecimal share = number(tier.get("share"), t + ".share", true, errors);
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                errors.add(new FieldError(t + ".share", "应在0至1之间"));
            }
            boolean last = i == list.size() - 1;
            BigDecimal upTo = number(tier.get("upTo"), t + ".upTo", !last, errors);
            if (upTo != null) {
                if (previous != null && upTo.compareTo(previous) <= 0) {
                    errors.add(new FieldError(t + ".upTo", "各档上限应递增"));
                }
                previous = upTo;
            }
        }
    }
}
