package org.perfeval.indicator;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.perfeval.common.Amount;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.common.Weight;

/**
 * Reads a score sheet (cases/FORMAT.md) from JSON and checks it, listing every problem at once by
 * JSON path. {@link Stage#TARGETS} checks the indicator system alone (what target setting
 * delivers); {@link Stage#SCORING} also checks that every indicator can be scored.
 */
public final class ScoreSheetReader {

    public enum Stage { TARGETS, SCORING }

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.005");
    /** Funds each formula reads: numerator first, then denominator. */
    private static final Map<Formula, List<String>> FORMULA_FUNDS = Map.of(
            Formula.BUDGET_EXECUTION_RATE, List.of("expenditure", "adjustedBudget"),
            Formula.BUDGET_ADJUSTMENT_RATE, List.of("adjustedBudget", "initialBudget"),
            Formula.PROCUREMENT_EXECUTION_RATE, List.of("procurementExecuted", "procurementBudget"),
            Formula.CARRY_OVER_RATE, List.of("carryOver", "expenditure"),
            Formula.THREE_PUBLIC_CONTROL_RATE, List.of("threePublicActual", "threePublicBudget"));

    private final Stage stage;
    private final List<FieldError> errors = new ArrayList<>();

    private ScoreSheetReader(Stage stage) {
        this.stage = stage;
    }

    public static ScoreSheet read(JsonObject json, Stage stage) {
        ScoreSheetReader reader = new ScoreSheetReader(stage);
        ScoreSheet sheet = reader.sheet(json);
        if (!reader.errors.isEmpty()) {
            throw new ValidationException(reader.errors);
        }
        return sheet;
    }

    /** The formulas' funds, for a formula whose ratio cannot be computed. */
    public static List<String> fundsOf(Formula formula) {
        return FORMULA_FUNDS.get(formula);
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
            } else if (!names.add(name)) {
                errors.add(new FieldError(at + ".name", "部分名称重复: " + name));
            }
            BigDecimal amount = number(p.get("funds"), at + ".funds", true);
            if (amount != null && amount.signum() < 0) {
                errors.add(new FieldError(at + ".funds", "金额不能为负"));
            }
            List<Indicator> indicators = indicatorList(p.get("indicators"), at + ".indicators", funds);
            if (name != null && amount != null) {
                parts.add(new Part(name, new Amount(amount), indicators));
            }
        }
        if (stage == Stage.SCORING && errors.isEmpty()
                && parts.stream().allMatch(p -> p.funds().isZero())) {
            errors.add(new FieldError("parts", "各部分资金合计为0，无法按资金加权"));
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
        Weight total = Weight.ZERO;
        for (int i = 0; i < list.size(); i++) {
            String ia = at + "[" + i + "]";
            if (!(list.get(i) instanceof JsonObject json)) {
                errors.add(new FieldError(ia, "应为对象"));
                continue;
            }
            Indicator ind = indicator(json, ia, funds, paths);
            if (ind == null) {
                continue;
            }
            total = total.plus(ind.weight());
            out.add(ind);
        }
        if (errors.size() == before && total.points().subtract(HUNDRED).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
            errors.add(new FieldError(at, "各指标分值合计应为100, 现为 " + total));
        }
        return out;
    }

    private Indicator indicator(JsonObject json, String at, Funds funds, Set<String> paths) {
        int before = errors.size();
        List<String> path = path(json.get("path"), at + ".path");
        if (path != null && !paths.add(String.join("/", path))) {
            errors.add(new FieldError(at + ".path", "指标路径重复: " + String.join("/", path)));
        }
        BigDecimal weight = number(json.get("weight"), at + ".weight", true);
        if (weight != null && weight.signum() < 0) {
            errors.add(new FieldError(at + ".weight", "分值不能为负"));
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
        String target = text(json.get("target"), at + ".target", "应为字符串, 如 \"≥11个\"");
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
        if (av instanceof JsonNumber n) {
            actual = Indicator.Actual.of(n.bigDecimalValue());
        } else if (av instanceof JsonString s && !s.getString().isBlank()) {
            actual = Indicator.Actual.of(s.getString().strip());
        } else if (av != null && av.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(new FieldError(at + ".actual", "应为文本或数字, 如 \"12个\""));
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
        String reason = text(json.get("reason"), at + ".reason", "应为字符串");
        if (errors.size() > before || path == null || weight == null) {
            return null;
        }
        Weight w = new Weight(weight);
        if (applicable && formula == null && target == null && score == null) {
            errors.add(new FieldError(at + ".target", "需要指标值或计算公式 (target or formula required)"));
        }
        if (score != null || level != null) {
            Judgments.check(at, w, score, level, reason, errors);
        }
        Optional<Quantity> targetQuantity = Quantity.parse(target);
        if (stage == Stage.SCORING && applicable && score == null) {
            scoreable(at, w, target, targetQuantity, formula, tiers, actual, level, funds);
        }
        return new Indicator(path, w, target, targetQuantity, formula, tiers, applicable, actual, level, score, reason);
    }

    /** What scoring needs for an indicator without the evaluator's own score. */
    private void scoreable(String at, Weight weight, String target, Optional<Quantity> targetQuantity, Formula formula, List<Tier> tiers,
                           Indicator.Actual actual, Level level, Funds funds) {
        if (formula != null) {
            List<String> missing = FORMULA_FUNDS.get(formula).stream().filter(k -> funds.get(k).isEmpty()).toList();
            if (!missing.isEmpty()) {
                errors.add(new FieldError(at + ".formula", formula.label() + "需要资金数据: " + String.join(", ", missing)));
            } else if (funds.get(FORMULA_FUNDS.get(formula).get(1)).orElseThrow().isZero()) {
                errors.add(new FieldError(at + ".formula", formula.label() + "的分母" + FORMULA_FUNDS.get(formula).get(1)
                        + "为0，无法计算；请将该指标设为不适用 (applicable: false) 或由评价人评分"));
            }
            if (!formula.higherIsBetter() && tiers.isEmpty()) {
                errors.add(new FieldError(at + ".tiers", formula.label() + "越低越好，需要分档规则 (tiers)"));
            }
            return;
        }
        if (level != null) {
            return; // ACHIEVED without a score means full weight; other levels were checked to carry a score
        }
        if (actual == null) {
            errors.add(new FieldError(at + ".actual", "缺少实际完成值，无法计分"));
            return;
        }
        boolean numericTarget = targetQuantity.isPresent();
        if (!numericTarget && actual.quantity().isPresent()) {
            errors.add(new FieldError(at + ".target", "指标值无法识别: " + target));
        } else if (numericTarget && actual.quantity().isEmpty()) {
            errors.add(new FieldError(at + ".actual", "实际值无法识别: " + actual.text()));
        } else if (numericTarget) {
            String targetUnit = targetQuantity.orElseThrow().unit();
            String actualUnit = actual.quantity().orElseThrow().unit();
            if (!targetUnit.isEmpty() && !actualUnit.isEmpty() && !targetUnit.equals(actualUnit)) {
                errors.add(new FieldError(at + ".actual", "实际值单位“" + actualUnit + "”与指标值单位“" + targetUnit + "”不一致"));
            }
        } else if (!numericTarget && !actual.text().equals(target == null ? null : target.strip())) {
            errors.add(new FieldError(at + ".level", "定性指标须评定达成程度 (level)"));
        }
    }

    private Funds funds(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Funds.NONE;
        }
        if (!(value instanceof JsonObject f)) {
            errors.add(new FieldError("funds", "应为对象 (amounts in 万元)"));
            return Funds.NONE;
        }
        Map<String, Amount> amounts = new HashMap<>();
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
            if (v != null && v.signum() < 0) {
                errors.add(new FieldError(at, "金额不能为负"));
            } else if (v != null) {
                amounts.put(e.getKey(), new Amount(v));
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
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                errors.add(new FieldError(t + ".share", "应在0至1之间"));
            }
            boolean last = i == list.size() - 1;
            BigDecimal upTo = number(tier.get("upTo"), t + ".upTo", !last);
            if (upTo != null && previous != null && upTo.compareTo(previous) <= 0) {
                errors.add(new FieldError(t + ".upTo", "各档上限应递增"));
            }
            if (upTo != null) {
                previous = upTo;
            }
            tiers.add(new Tier(upTo, share));
        }
        return tiers;
    }

    List<String> path(JsonValue value, String at) {
        return JsonFields.path(value, at, errors);
    }

    private BigDecimal number(JsonValue value, String at, boolean required) {
        return JsonFields.number(value, at, required, errors);
    }

    private String text(JsonValue value, String at, String message) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            errors.add(new FieldError(at, message));
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
