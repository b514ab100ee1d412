package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfeval.common.Amount;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.common.Weight;
import org.perfeval.indicator.Checklist;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Funds;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Level;
import org.perfeval.indicator.Part;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.SheetRules;
import org.perfeval.indicator.SheetRules.Stage;
import org.perfeval.indicator.Tier;

/**
 * Reads the score sheet format of cases/FORMAT.md ({@link ScoreSheetWriter} writes it). Reading
 * checks as it goes, listing every problem at once by JSON path: wrong JSON types here, the sheet's
 * rules through {@link SheetRules} element by element, so that the answer keeps document order.
 */
public final class ScoreSheetJson {


    private final Stage stage;
    private final List<FieldError> errors;
    /** A stored document is read for its shape only: it was checked when it came in, under the rules of its day. */
    private boolean stored;

    private ScoreSheetJson(Stage stage, List<FieldError> errors) {
        this.stage = stage;
        this.errors = errors;
    }

    /** A whole sheet, checked at the stage; 422 with every problem. */
    public static ScoreSheet read(JsonObject json, Stage stage) {
        ScoreSheetJson reader = new ScoreSheetJson(stage, new ArrayList<>());
        ScoreSheet sheet = reader.sheet(json);
        reader.throwIfAny();
        return sheet;
    }

    /** A stored sheet: like {@link #read} at target setting, but a sheet without targets yet is fine. */
    public static ScoreSheet readStored(JsonObject json) {
        ScoreSheetJson reader = new ScoreSheetJson(Stage.TARGETS, new ArrayList<>());
        reader.stored = true;
        ScoreSheet sheet = !json.containsKey("indicators") && !json.containsKey("parts")
                ? new ScoreSheet(null, reader.funds(json.get("funds")), reader.checklist(json.get("checklist")), List.of(), List.of())
                : reader.sheet(json);
        reader.throwIfAny();
        return sheet;
    }

    /** The indicators of a target table ({@code setTargets}), errors added to the list. */
    public static List<Indicator> indicators(JsonValue value, String at, List<FieldError> errors) {
        return new ScoreSheetJson(Stage.TARGETS, errors).indicatorList(value, at, Funds.NONE);
    }

    /** Funds in 万元 by field, errors added to the list. */
    public static Funds funds(JsonValue value, List<FieldError> errors) {
        return new ScoreSheetJson(Stage.TARGETS, errors).funds(value);
    }

    /** The checklist facts, errors added to the list. */
    public static Checklist checklist(JsonValue value, List<FieldError> errors) {
        return new ScoreSheetJson(Stage.TARGETS, errors).checklist(value);
    }

    /** An actual value: text like "12个" or a number; null (and an error) otherwise. */
    public static Indicator.Actual actual(JsonValue value, String at, List<FieldError> errors) {
        if (value instanceof JsonNumber n) {
            BigDecimal v = JsonFields.sane(n.bigDecimalValue(), at, errors);
            return v == null ? null : Indicator.Actual.of(v);
        }
        if (value instanceof JsonString s && s.getString().length() > SheetRules.VALUE_TEXT) {
            errors.add(new FieldError(at, "不能超过" + SheetRules.VALUE_TEXT + "个字符"));
            return null;
        }
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return Indicator.Actual.of(s.getString().strip());
        }
        errors.add(new FieldError(at, "应为文本或数字, 如 \"12个\""));
        return null;
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private ScoreSheet sheet(JsonObject json) {
        String title = json.get("title") instanceof JsonString s ? s.getString() : null;
        Funds funds = funds(json.get("funds"));
        Checklist checklist = checklist(json.get("checklist"));
        JsonValue parts = json.get("parts");
        JsonValue indicators = json.get("indicators");
        if (parts != null && parts.getValueType() != JsonValue.ValueType.NULL) {
            if (indicators != null) {
                errors.add(new FieldError("indicators", "与 parts 二选一 (either indicators or parts)"));
            }
            return new ScoreSheet(title, funds, checklist, List.of(), parts(parts, funds));
        }
        return new ScoreSheet(title, funds, checklist, indicatorList(indicators, "indicators", funds), List.of());
    }

    private List<Part> parts(JsonValue value, Funds funds) {
        if (!(value instanceof JsonArray list) || list.isEmpty()) {
            errors.add(new FieldError("parts", "应为非空数组 (a non-empty array of parts)"));
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "parts[" + i + "]";
            if (!(list.get(i) instanceof JsonObject p)) {
                errors.add(new FieldError(at, "应为对象 {name, funds, indicators}"));
                continue;
            }
            String name = p.get("name") instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
            if (name == null) {
                errors.add(new FieldError(at + ".name", "必填, 应为非空字符串"));
            } else {
                SheetRules.uniquePartName(at + ".name", name, names, rules());
            }
            BigDecimal amount = number(p.get("funds"), at + ".funds", true);
            if (amount != null) {
                SheetRules.amount(at + ".funds", amount, rules());
            }
            List<Indicator> indicators = indicatorList(p.get("indicators"), at + ".indicators", funds);
            if (name != null && amount != null) {
                parts.add(new Part(name, new Amount(amount), indicators));
            }
        }
        if (errors.isEmpty()) {
            SheetRules.partsFunded(stage, parts, rules());
        }
        return parts;
    }

    private List<Indicator> indicatorList(JsonValue value, String at, Funds funds) {
        if (!(value instanceof JsonArray list) || list.isEmpty()) {
            errors.add(new FieldError(at, "应为非空数组 (a non-empty array of indicators)"));
            return List.of();
        }
        int before = errors.size();
        List<Indicator> out = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String ia = at + "[" + i + "]";
            if (!(list.get(i) instanceof JsonObject json)) {
                errors.add(new FieldError(ia, "应为对象"));
                continue;
            }
            Indicator ind = indicator(json, ia, funds, paths);
            if (ind != null) {
                out.add(ind);
            }
        }
        if (errors.size() == before) {
            SheetRules.weightTotal(at, out, rules());
        }
        return out;
    }

    private Indicator indicator(JsonObject json, String at, Funds funds, Set<String> paths) {
        int before = errors.size();
        List<String> path = JsonFields.path(json.get("path"), at + ".path", errors, !stored);
        if (path != null) {
            SheetRules.uniquePath(at + ".path", path, paths, rules());
        }
        BigDecimal weight = number(json.get("weight"), at + ".weight", true);
        if (weight != null) {
            SheetRules.weight(at + ".weight", weight, rules());
        }
        boolean applicable = true;
        JsonValue a = json.get("applicable");
        if (a != null) {
            if (a == JsonValue.FALSE || a == JsonValue.TRUE) {
                applicable = a == JsonValue.TRUE;
            } else {
                errors.add(new FieldError(at + ".applicable", "应为 true 或 false"));
            }
        }
        String target = text(json.get("target"), at + ".target", "应为字符串, 如 \"≥11个\"", SheetRules.VALUE_TEXT);
        Formula formula = null;
        JsonValue f = json.get("formula");
        if (f != null) {
            if (f instanceof JsonString fs && Formula.known(fs.getString())) {
                formula = Formula.valueOf(fs.getString());
            } else {
                errors.add(new FieldError(at + ".formula", "未知公式: " + f));
            }
        }
        List<Tier> tiers = tiers(json.get("tiers"), at + ".tiers");
        Indicator.Actual actual = null;
        JsonValue av = json.get("actual");
        if (av != null && av.getValueType() != JsonValue.ValueType.NULL
                && !(av instanceof JsonString s && s.getString().isBlank())) {
            actual = stored ? storedActual(av) : actual(av, at + ".actual", errors);
        }
        Level level = null;
        JsonValue lv = json.get("level");
        if (lv != null) {
            if (lv instanceof JsonString ls && isLevel(ls.getString())) {
                level = Level.valueOf(ls.getString());
            } else {
                errors.add(new FieldError(at + ".level", "应为 ACHIEVED, PARTLY 或 NOT_ACHIEVED"));
            }
        }
        BigDecimal score = json.containsKey("score") ? number(json.get("score"), at + ".score", true) : null;
        String reason = text(json.get("reason"), at + ".reason", "应为字符串", SheetRules.REASON);
        if (errors.size() > before || path == null || weight == null) {
            return null;
        }
        Indicator ind = new Indicator(path, new Weight(weight), target, org.perfeval.indicator.Quantity.parse(target), formula,
                tiers, applicable, actual, level, score, reason);
        SheetRules.indicator(at, ind, stage, funds, rules());
        return ind;
    }

    private Funds funds(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Funds.NONE;
        }
        if (!(value instanceof JsonObject f)) {
            errors.add(new FieldError("funds", "应为对象 (amounts in 万元)"));
            return Funds.NONE;
        }
        Map<String, Amount> amounts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : f.entrySet()) {
            String at = "funds." + e.getKey();
            if (!Funds.FIELDS.contains(e.getKey())) {
                errors.add(new FieldError(at, "未知资金项"));
                continue;
            }
            if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            BigDecimal v = number(e.getValue(), at, true);
            if (v != null) {
                int before = errors.size();
                SheetRules.amount(at, v, rules());
                if (errors.size() == before) {
                    amounts.put(e.getKey(), new Amount(v));
                }
            }
        }
        return new Funds(amounts);
    }

    private Checklist checklist(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Checklist.NONE;
        }
        if (!(value instanceof JsonObject c)) {
            errors.add(new FieldError("checklist", "应为对象"));
            return Checklist.NONE;
        }
        for (String key : c.keySet()) {
            if (!key.equals("performanceLeadingGroup") && !key.equals("performanceRules")) {
                errors.add(new FieldError("checklist." + key, "未知检查项"));
            }
        }
        return new Checklist(bool(c.get("performanceLeadingGroup"), "checklist.performanceLeadingGroup"),
                bool(c.get("performanceRules"), "checklist.performanceRules"));
    }

    private Boolean bool(JsonValue v, String at) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        errors.add(new FieldError(at, "应为 true 或 false"));
        return null;
    }

    private List<Tier> tiers(JsonValue value, String at) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray list) || list.isEmpty()) {
            errors.add(new FieldError(at, "应为非空数组"));
            return List.of();
        }
        List<Tier> tiers = new ArrayList<>();
        BigDecimal previous = null;
        for (int i = 0; i < list.size(); i++) {
            String t = at + "[" + i + "]";
            if (!(list.get(i) instanceof JsonObject tier)) {
                errors.add(new FieldError(t, "应为对象 {upTo, share}"));
                continue;
            }
            BigDecimal share = number(tier.get("share"), t + ".share", true);
            SheetRules.tierShare(t + ".share", share, rules());
            boolean last = i == list.size() - 1;
            BigDecimal upTo = number(tier.get("upTo"), t + ".upTo", !last);
            SheetRules.tierOrder(t + ".upTo", upTo, previous, rules());
            if (upTo != null) {
                previous = upTo;
            }
            tiers.add(new Tier(upTo, share));
        }
        return tiers;
    }

    private BigDecimal number(JsonValue value, String at, boolean required) {
        return stored ? JsonFields.storedNumber(value, at, required, errors) : JsonFields.number(value, at, required, errors);
    }

    /** Where the sheet's rules report: nowhere for a stored document (see {@link #stored}). */
    private List<FieldError> rules() {
        return stored ? new ArrayList<>() : errors;
    }

    private static Indicator.Actual storedActual(JsonValue value) {
        return value instanceof JsonNumber n ? Indicator.Actual.of(n.bigDecimalValue())
                : Indicator.Actual.of(((JsonString) value).getString().strip());
    }

    private String text(JsonValue value, String at, String message, int max) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            errors.add(new FieldError(at, message));
            return null;
        }
        if (!stored && !SheetRules.text(at, s.getString(), max, errors)) {
            return null;
        }
        return s.getString().isBlank() ? null : s.getString().strip();
    }

    private static boolean isLevel(String s) {
        for (Level l : Level.values()) {
            if (l.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
