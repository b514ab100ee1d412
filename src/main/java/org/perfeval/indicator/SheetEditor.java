package org.perfeval.indicator;

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
import java.util.List;
import java.util.Map;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.common.Weight;

/**
 * Fills an evaluation's score sheet (cases/FORMAT.md) step by step, as the lifecycle's tasks
 * deliver their parts. Each step checks its whole payload and names every bad field by its JSON
 * path in the payload before anything changes; the merged sheet is then checked as a whole by
 * {@link ScoreSheetReader}.
 */
public final class SheetEditor {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.common.Json.BUILDERS;

    private SheetEditor() {
    }

    /** setTargets: the indicator system with weights and targets, without actual values or scores. */
    public static JsonObject withTargets(JsonObject sheet, JsonValue indicators) {
        List<FieldError> errors = new ArrayList<>();
        if (indicators instanceof JsonArray list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof JsonObject ind) {
                    for (String later : List.of("actual", "score", "level", "reason")) {
                        if (ind.containsKey(later)) {
                            errors.add(new FieldError("indicators[" + i + "]." + later, "目标设定阶段不填写 " + later));
                        }
                    }
                }
            }
        }
        JsonObject next = JSON.createObjectBuilder(sheet).add("indicators",
                indicators == null ? JsonValue.NULL : indicators).build();
        return checked(next, errors);
    }

    /** submitData: the department's funds (万元) and references to its evidence. */
    public static JsonObject withFunds(JsonObject sheet, JsonValue funds, JsonValue evidence) {
        List<FieldError> errors = new ArrayList<>();
        if (!(funds instanceof JsonObject)) {
            throw ValidationException.of("funds", "必填, 应为对象 (amounts in 万元)");
        }
        JsonArrayBuilder refs = JSON.createArrayBuilder();
        if (evidence != null && evidence.getValueType() != JsonValue.ValueType.NULL) {
            if (!(evidence instanceof JsonArray list)) {
                errors.add(new FieldError("evidence", "应为数组"));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonValue v = list.get(i);
                    if (v instanceof JsonString s && !s.getString().isBlank()) {
                        refs.add(JSON.createObjectBuilder().add("name", s.getString().strip()));
                    } else if (v instanceof JsonObject o && o.get("name") instanceof JsonString) {
                        refs.add(o);
                    } else {
                        errors.add(new FieldError("evidence[" + i + "]", "应为文件名或 {\"name\": ...}"));
                    }
                }
            }
        }
        return checked(JSON.createObjectBuilder(sheet).add("funds", funds).add("evidence", refs).build(), errors);
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
                    if (!(actual instanceof JsonString || actual instanceof JsonNumber)
                            || actual instanceof JsonString s && s.getString().isBlank()) {
                        errors.add(new FieldError(at + ".actual", "应为文本或数字, 如 \"12个\""));
                    } else if (target != null) {
                        values.put(target, actual);
                    }
                }
            }
        }
        JsonObjectBuilder facts = JSON.createObjectBuilder(sheet.containsKey("checklist")
                ? sheet.getJsonObject("checklist") : JsonValue.EMPTY_JSON_OBJECT);
        if (checklist != null && checklist.getValueType() != JsonValue.ValueType.NULL) {
            if (checklist instanceof JsonObject c) {
                c.forEach(facts::add);
            } else {
                errors.add(new FieldError("checklist", "应为对象"));
            }
        }
        JsonObject next = JSON.createObjectBuilder(sheet)
                .add("indicators", merge(sheet.getJsonArray("indicators"), values, (ind, v) ->
                        JSON.createObjectBuilder(ind).add("actual", v).build()))
                .add("checklist", facts).build();
        return checked(next, errors);
    }

    /** score: the evaluator's levels, scores and reasons; formula and quantitative indicators are computed later. */
    public static JsonObject withScores(JsonObject sheet, JsonValue scores) {
        if (!(scores instanceof JsonArray list)) {
            throw ValidationException.of("scores", "必填, 应为数组 (array of {path, score?, level?, reason?})");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> index = indexOf(sheet);
        JsonArray indicators = sheet.getJsonArray("indicators");
        Map<Integer, JsonObject> judged = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "scores[" + i + "]";
            if (!(list.get(i) instanceof JsonObject s)) {
                errors.add(new FieldError(at, "应为对象"));
                continue;
            }
            Integer target = indicatorAt(s.get("path"), at + ".path", index, errors);
            int before = errors.size();
            BigDecimal score = s.containsKey("score") ? JsonFields.number(s.get("score"), at + ".score", true, errors) : null;
            Level level = null;
            if (s.containsKey("level")) {
                try {
                    level = Level.valueOf(s.getString("level"));
                } catch (ClassCastException | IllegalArgumentException e) {
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
            if (target == null || errors.size() > before) {
                continue;
            }
            Weight weight = new Weight(indicators.getJsonObject(target).getJsonNumber("weight").bigDecimalValue());
            Judgments.check(at, weight, score, level, reason, errors);
            if (errors.size() > before) {
                continue;
            }
            JsonObjectBuilder j = JSON.createObjectBuilder();
            if (score != null) {
                j.add("score", score);
            }
            if (level != null) {
                j.add("level", level.name());
            }
            if (reason != null && !reason.isEmpty()) {
                j.add("reason", reason);
            }
            judged.put(target, j.build());
        }
        JsonObject next = JSON.createObjectBuilder(sheet).add("indicators", merge(indicators, judged, (ind, j) -> {
            JsonObjectBuilder b = JSON.createObjectBuilder(ind).remove("score").remove("level").remove("reason");
            ((JsonObject) j).forEach(b::add);
            return b.build();
        })).build();
        return checked(next, errors);
    }

    /** The payload's own errors first, then whatever the merged sheet as a whole gets wrong. */
    private static JsonObject checked(JsonObject next, List<FieldError> errors) {
        try {
            ScoreSheetReader.read(next, ScoreSheetReader.Stage.TARGETS);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return next;
    }

    private static JsonArray merge(JsonArray indicators, Map<Integer, ? extends JsonValue> changes,
                                   java.util.function.BiFunction<JsonObject, JsonValue, JsonObject> apply) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (int i = 0; i < indicators.size(); i++) {
            JsonObject ind = indicators.getJsonObject(i);
            out.add(changes.containsKey(i) ? apply.apply(ind, changes.get(i)) : ind);
        }
        return out.build();
    }

    private static Map<String, Integer> indexOf(JsonObject sheet) {
        JsonArray indicators = sheet.getJsonArray("indicators");
        if (indicators == null) {
            throw ValidationException.of("indicators", "尚未设定指标体系");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            List<String> names = new ArrayList<>();
            indicators.getJsonObject(i).getJsonArray("path").forEach(v -> names.add(((JsonString) v).getString()));
            index.put(String.join("/", names), i);
        }
        return index;
    }

    private static Integer indicatorAt(JsonValue pathValue, String at, Map<String, Integer> index, List<FieldError> errors) {
        List<String> path = JsonFields.path(pathValue, at, errors);
        if (path == null) {
            return null;
        }
        Integer i = index.get(String.join("/", path));
        if (i == null) {
            errors.add(new FieldError(at, "没有这个指标: " + String.join("/", path)));
        }
        return i;
    }
}
