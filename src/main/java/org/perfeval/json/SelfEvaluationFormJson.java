package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.Amount;
import org.perfeval.common.FieldError;
import org.perfeval.common.Weight;
import org.perfeval.selfevaluation.FormFunds;
import org.perfeval.selfevaluation.FormIndicator;
import org.perfeval.selfevaluation.SelfEvaluationForm;

/**
 * A self-evaluation form in its JSON shape (forms/FORMAT.md, As JSON): every problem is named by
 * its path under {@code at} ({@code forms[3].indicators[2].weight}); a form with problems yields
 * null, so that a batch can list it and go on with the rest.
 */
public final class SelfEvaluationFormJson {

    private SelfEvaluationFormJson() {
    }

    public static SelfEvaluationForm read(JsonValue value, String at, List<FieldError> errors) {
        if (!(value instanceof JsonObject o)) {
            errors.add(new FieldError(at, "应为对象 (a form)"));
            return null;
        }
        int before = errors.size();
        BigDecimal year = JsonFields.number(o.get("year"), at + ".year", true, errors);
        String project = text(o, "project", at, true, errors);
        String department = text(o, "department", at, true, errors);
        String unit = text(o, "unit", at, false, errors);
        FormFunds funds = funds(o.get("funds"), at + ".funds", errors);
        JsonObject goals = o.get("goals") instanceof JsonObject g ? g : JsonValue.EMPTY_JSON_OBJECT;
        List<FormIndicator> indicators = indicators(o.get("indicators"), at + ".indicators", errors);
        BigDecimal printedTotal = JsonFields.number(o.get("printedTotal"), at + ".printedTotal", false, errors);
        if (year != null && (year.stripTrailingZeros().scale() > 0 || year.intValue() < 1990 || year.intValue() > 2100)) {
            errors.add(new FieldError(at + ".year", "应为1990至2100之间的年度"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new SelfEvaluationForm(year.intValue(), project, department, unit, funds, text(goals, "expected", at + ".goals",
                false, errors), text(goals, "actual", at + ".goals", false, errors), indicators, printedTotal);
    }

    private static FormFunds funds(JsonValue value, String at, List<FieldError> errors) {
        if (!(value instanceof JsonObject f)) {
            errors.add(new FieldError(at, "必填, 应为对象 (amounts in 万元)"));
            return null;
        }
        BigDecimal initial = nonNegative(f.get("initialBudget"), at + ".initialBudget", false, errors);
        BigDecimal annual = nonNegative(f.get("annualBudget"), at + ".annualBudget", true, errors);
        BigDecimal expenditure = nonNegative(f.get("expenditure"), at + ".expenditure", true, errors);
        BigDecimal weight = nonNegative(f.get("weight"), at + ".weight", true, errors);
        BigDecimal rate = JsonFields.number(f.get("printedRate"), at + ".printedRate", false, errors);
        BigDecimal score = JsonFields.number(f.get("printedScore"), at + ".printedScore", false, errors);
        if (annual == null || expenditure == null || weight == null) {
            return null;
        }
        return new FormFunds(new Amount(initial == null ? annual : initial), new Amount(annual), new Amount(expenditure),
                new Weight(weight), rate, score);
    }

    private static List<FormIndicator> indicators(JsonValue value, String at, List<FieldError> errors) {
        List<FormIndicator> out = new ArrayList<>();
        if (!(value instanceof JsonArray list) || list.isEmpty()) {
            errors.add(new FieldError(at, "必填, 应为绩效指标的非空数组"));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String here = at + "[" + i + "]";
            if (!(list.get(i) instanceof JsonObject ind)) {
                errors.add(new FieldError(here, "应为对象 {path, target, actual, weight, printedScore, explanation}"));
                continue;
            }
            List<String> path = JsonFields.path(ind.get("path"), here + ".path", errors);
            String target = text(ind, "target", here, true, errors);
            String actual = text(ind, "actual", here, false, errors);
            BigDecimal weight = nonNegative(ind.get("weight"), here + ".weight", true, errors);
            BigDecimal printed = JsonFields.number(ind.get("printedScore"), here + ".printedScore", false, errors);
            String explanation = text(ind, "explanation", here, false, errors);
            if (path != null && target != null && weight != null) {
                out.add(new FormIndicator(path, target, actual, new Weight(weight), printed, explanation));
            }
        }
        return out;
    }

    private static BigDecimal nonNegative(JsonValue value, String at, boolean required, List<FieldError> errors) {
        BigDecimal v = JsonFields.number(value, at, required, errors);
        if (v != null && v.signum() < 0) {
            errors.add(new FieldError(at, "不能为负数"));
            return null;
        }
        return v;
    }

    private static String text(JsonObject o, String key, String at, boolean required, List<FieldError> errors) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                errors.add(new FieldError(at + "." + key, "必填, 应为非空字符串"));
            }
            return null;
        }
        if (!(v instanceof JsonString s) || required && s.getString().isBlank()) {
            errors.add(new FieldError(at + "." + key, required ? "必填, 应为非空字符串" : "应为字符串"));
            return null;
        }
        if (s.getString().length() > 4000) {
            errors.add(new FieldError(at + "." + key, "不能超过4000个字符"));
            return null;
        }
        return s.getString().strip();
    }

    /**
     * A stored form, written by {@link #write}: taken as it is, unchecked, because it was checked as
     * it came in (from Excel, whose reader has rules of its own) and must read back whatever it holds.
     */
    public static SelfEvaluationForm stored(JsonObject o) {
        JsonObject f = o.getJsonObject("funds");
        FormFunds funds = new FormFunds(new Amount(f.getJsonNumber("initialBudget").bigDecimalValue()),
                new Amount(f.getJsonNumber("annualBudget").bigDecimalValue()), new Amount(f.getJsonNumber("expenditure")
                .bigDecimalValue()), new Weight(f.getJsonNumber("weight").bigDecimalValue()), decimal(f, "printedRate"),
                decimal(f, "printedScore"));
        List<FormIndicator> indicators = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("indicators")) {
            JsonObject i = v.asJsonObject();
            indicators.add(new FormIndicator(i.getJsonArray("path").getValuesAs(JsonString::getString),
                    i.getString("target", null), i.getString("actual", null),
                    new Weight(i.getJsonNumber("weight").bigDecimalValue()), decimal(i, "printedScore"),
                    i.getString("explanation", null)));
        }
        JsonObject goals = o.getJsonObject("goals");
        return new SelfEvaluationForm(o.getInt("year"), o.getString("project", null), o.getString("department", null),
                o.getString("unit", null), funds, goals.getString("expected", null), goals.getString("actual", null), indicators,
                decimal(o, "printedTotal"));
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        return o.get(key) instanceof jakarta.json.JsonNumber n ? n.bigDecimalValue() : null;
    }

    /** The form in its JSON shape, as {@link #read} takes it back. */
    public static JsonObject write(SelfEvaluationForm form) {
        var b = Json.BUILDERS;
        FormFunds f = form.funds();
        var funds = b.createObjectBuilder().add("initialBudget", f.initialBudget().wan())
                .add("annualBudget", f.annualBudget().wan()).add("expenditure", f.expenditure().wan())
                .add("weight", f.weight().points());
        optional(funds, "printedRate", f.printedRate());
        optional(funds, "printedScore", f.printedScore());
        var indicators = b.createArrayBuilder();
        for (FormIndicator i : form.indicators()) {
            var ind = b.createObjectBuilder().add("path", b.createArrayBuilder(i.path())).add("weight", i.weight().points());
            optional(ind, "target", i.target());
            optional(ind, "actual", i.actual());
            optional(ind, "printedScore", i.printedScore());
            optional(ind, "explanation", i.explanation());
            indicators.add(ind);
        }
        var goals = b.createObjectBuilder();
        optional(goals, "expected", form.expectedGoal());
        optional(goals, "actual", form.actualGoal());
        var o = b.createObjectBuilder().add("year", form.year()).add("funds", funds).add("goals", goals)
                .add("indicators", indicators);
        optional(o, "project", form.project());
        optional(o, "department", form.department());
        optional(o, "unit", form.unit());
        optional(o, "printedTotal", form.printedTotal());
        return o.build();
    }

    private static void optional(jakarta.json.JsonObjectBuilder b, String key, Object value) {
        if (value instanceof BigDecimal d) {
            b.add(key, d);
        } else if (value != null) {
            b.add(key, value.toString());
        }
    }
}
