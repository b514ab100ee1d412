package org.perfeval.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.json.Json;
import org.perfeval.json.JsonFields;
import org.perfeval.selfevaluation.DepartmentFigures;
import org.perfeval.selfevaluation.DeskReview;
import org.perfeval.selfevaluation.Flag;
import org.perfeval.selfevaluation.FormPage;
import org.perfeval.selfevaluation.FormReview;
import org.perfeval.selfevaluation.IndicatorReview;
import org.perfeval.selfevaluation.ReviewBatch;
import org.perfeval.selfevaluation.ReviewRules;
import org.perfeval.selfevaluation.StoredForm;

/** The self-evaluation review's JSON (API.md, Self-evaluation review): batches, forms, flags, departments. */
final class SelfEvaluationJson {

    private static final jakarta.json.JsonBuilderFactory JSON = Json.BUILDERS;

    private SelfEvaluationJson() {
    }

    /** {@code {year, name, rules?}}: the year and name of a new batch, the rules it is checked by. */
    record NewBatch(int year, String name, ReviewRules rules) {
    }

    static NewBatch newBatch(JsonObject o) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal year = JsonFields.number(o.get("year"), "year", true, errors);
        if (year != null && (year.stripTrailingZeros().scale() > 0 || year.intValue() < 1990 || year.intValue() > 2100)) {
            errors.add(new FieldError("year", "应为1990至2100之间的年度"));
        }
        String name = o.get("name") instanceof jakarta.json.JsonString s ? s.getString().strip() : null;
        if (name == null || name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "必填, 应为1至200个字符的批次名称"));
        }
        ReviewRules rules = rules(o.get("rules"), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NewBatch(year.intValue(), name, rules);
    }

    private static ReviewRules rules(JsonValue value, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return ReviewRules.DEFAULTS;
        }
        if (!(value instanceof JsonObject r)) {
            errors.add(new FieldError("rules", "应为对象 {atMost, overachievedAtPercent, executionGapPoints}"));
            return null;
        }
        ReviewRules d = ReviewRules.DEFAULTS;
        ReviewRules.AtMostScoring atMost = d.atMost();
        if (r.containsKey("atMost")) {
            String text = r.get("atMost") instanceof jakarta.json.JsonString s ? s.getString().strip().toUpperCase(Locale.ROOT) : "";
            try {
                atMost = ReviewRules.AtMostScoring.valueOf(text);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("rules.atMost", "应为 PROPORTIONAL（按比例）或 ZERO（不得分）"));
            }
        }
        BigDecimal over = positive(r, "overachievedAtPercent", d.overachievedAtPercent(), errors);
        BigDecimal gap = positive(r, "executionGapPoints", d.executionGapPoints(), errors);
        return over == null || gap == null ? null : new ReviewRules(atMost, over, gap);
    }

    private static BigDecimal positive(JsonObject r, String key, BigDecimal fallback, List<FieldError> errors) {
        if (!r.containsKey(key)) {
            return fallback;
        }
        BigDecimal v = JsonFields.number(r.get(key), "rules." + key, true, errors);
        if (v != null && (v.signum() <= 0 || v.compareTo(new BigDecimal(1000)) > 0)) {
            errors.add(new FieldError("rules." + key, "应为大于0且不超过1000的数"));
            return null;
        }
        return v;
    }

    /** {@code {largest, share, seed?}}: how many of the largest budgets, what percent of the rest at random. */
    record Draw(int largest, BigDecimal share, Long seed) {
    }

    static Draw draw(JsonObject o) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal largest = JsonFields.number(o.get("largest"), "largest", false, errors);
        BigDecimal share = JsonFields.number(o.get("share"), "share", false, errors);
        BigDecimal seed = JsonFields.number(o.get("seed"), "seed", false, errors);
        if (largest != null && (largest.stripTrailingZeros().scale() > 0 || largest.signum() < 0
                || largest.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
            errors.add(new FieldError("largest", "应为0至100000的整数"));
        }
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 2)) {
            errors.add(new FieldError("share", "应为0至100的百分数（最多两位小数）"));
        }
        if (seed != null && (seed.stripTrailingZeros().scale() > 0 || seed.signum() < 0
                || seed.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)) {
            errors.add(new FieldError("seed", "应为非负整数"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Draw(largest == null ? 10 : largest.intValue(), share == null ? BigDecimal.TEN : share,
                seed == null ? null : seed.longValueExact());
    }

    /** {@code {add: [formId…], remove: [formId…]}}. */
    record Adjustment(List<Long> add, List<Long> remove) {
    }

    static Adjustment adjustment(JsonObject o) {
        List<FieldError> errors = new ArrayList<>();
        List<Long> add = ids(o.get("add"), "add", errors);
        List<Long> remove = ids(o.get("remove"), "remove", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (add.isEmpty() && remove.isEmpty()) {
            throw ValidationException.of("add", "add 与 remove 至少一项非空 (nothing to change)");
        }
        return new Adjustment(add, remove);
    }

    private static List<Long> ids(JsonValue value, String at, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof jakarta.json.JsonArray a) || a.size() > 10_000) {
            errors.add(new FieldError(at, "应为自评表编号的数组（至多10000个）"));
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof jakarta.json.JsonNumber n && n.isIntegral() && n.longValue() > 0) {
                out.add(n.longValue());
            } else {
                errors.add(new FieldError(at + "[" + i + "]", "应为自评表编号（正整数）"));
            }
        }
        return out;
    }

    static JsonObject batch(ReviewBatch b) {
        ReviewRules r = b.rules();
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", b.id()).add("year", b.year()).add("name", b.name())
                .add("status", b.status().name())
                .add("total", Math.max(b.expected(), b.processed())).add("processed", b.processed()).add("failed", b.failed())
                .add("flagged", b.flagged()).add("withErrors", b.withErrors())
                .add("rules", JSON.createObjectBuilder().add("atMost", r.atMost().name())
                        .add("overachievedAtPercent", r.overachievedAtPercent())
                        .add("executionGapPoints", r.executionGapPoints()))
                .add("createdBy", b.createdBy()).add("createdAt", b.createdAt().toString());
        if (b.sampling() != null) {
            var s = b.sampling();
            o.add("sampling", JSON.createObjectBuilder().add("withErrors", s.withErrors()).add("largest", s.largest())
                    .add("share", s.share()).add("seed", s.seed()).add("drawn", s.drawn()).add("added", s.added())
                    .add("removed", s.removed()).add("selected", s.selected()));
        }
        return o.build();
    }

    static JsonObject page(FormPage page, ReviewRules rules) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(f -> items.add(summary(f, review(f, rules))));
        return JSON.createObjectBuilder().add("items", items).add("total", page.total()).build();
    }

    static FormReview review(StoredForm f, ReviewRules rules) {
        return f.readable() ? DeskReview.of(f.form(), rules) : null;
    }

    static JsonObjectBuilder summary(StoredForm f, FormReview review) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", f.id()).add("source", f.source());
        text(o, "project", f.project());
        text(o, "department", f.department());
        text(o, "unit", f.unit());
        number(o, "annualBudget", f.annualBudget());
        number(o, "printedTotal", f.printedTotal());
        number(o, "recomputedTotal", f.recomputedTotal());
        number(o, "executionRate", f.executionRate());
        number(o, "deviation", f.deviation());
        o.add("readable", f.readable()).add("selected", f.selected());
        text(o, "selectionReason", f.selectionReason() == null ? null : f.selectionReason().name());
        o.add("flags", flags(review == null ? List.of() : review.flags()));
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        f.errors().forEach(e -> errors.add(JSON.createObjectBuilder().add("cell", e.path()).add("message", e.message())));
        return o.add("errors", errors);
    }

    static JsonObject detail(StoredForm f, FormReview review) {
        JsonObjectBuilder o = summary(f, review);
        if (review == null) {
            return o.add("indicators", JsonValue.EMPTY_JSON_ARRAY).build();
        }
        var form = f.form();
        var funds = form.funds();
        JsonObjectBuilder fo = JSON.createObjectBuilder().add("initialBudget", funds.initialBudget().wan())
                .add("annualBudget", funds.annualBudget().wan()).add("expenditure", funds.expenditure().wan())
                .add("weight", funds.weight().points()).add("executionScore", review.executionScore().points());
        number(fo, "printedRate", funds.printedRate());
        number(fo, "printedScore", funds.printedScore());
        number(fo, "executionRate", review.executionRate() == null ? null : review.executionRate().percent());
        JsonArrayBuilder indicators = JSON.createArrayBuilder();
        for (IndicatorReview i : review.indicators()) {
            var ind = i.indicator();
            JsonObjectBuilder io = JSON.createObjectBuilder().add("path", JSON.createArrayBuilder(ind.path()))
                    .add("key", ind.key()).add("target", ind.target()).add("weight", ind.weight().points())
                    .add("recomputedScore", i.recomputed().points()).add("quantitative", i.quantitative())
                    .add("flags", flags(review.flags().stream().filter(x -> x.path().equals(ind.key())).toList()));
            text(io, "actual", ind.actual());
            number(io, "printedScore", ind.printedScore());
            text(io, "explanation", ind.explanation());
            indicators.add(io);
        }
        JsonObjectBuilder goals = JSON.createObjectBuilder();
        text(goals, "expected", form.expectedGoal());
        text(goals, "actual", form.actualGoal());
        return o.add("year", form.year()).add("funds", fo).add("goals", goals).add("indicators", indicators)
                .add("executionScore", review.executionScore().points()).build();
    }

    static JsonObject departments(List<DepartmentFigures> departments) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (DepartmentFigures d : departments) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("forms", d.forms()).add("flagged", d.flagged())
                    .add("withErrors", d.withErrors()).add("fullMarks", d.fullMarks());
            text(o, "department", d.department());
            number(o, "budget", d.budget());
            number(o, "averagePrinted", d.averagePrinted());
            number(o, "averageRecomputed", d.averageRecomputed());
            number(o, "averageDeviation", d.averageDeviation());
            Flag flag = d.departmentFlag();
            o.add("flags", flags(flag == null ? List.of() : List.of(flag)));
            items.add(o);
        }
        return JSON.createObjectBuilder().add("items", items).build();
    }

    static JsonArrayBuilder flags(List<Flag> flags) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        flags.forEach(f -> a.add(JSON.createObjectBuilder().add("code", f.code().name()).add("path", f.path())
                .add("severity", f.severity().name().toLowerCase(Locale.ROOT)).add("message", f.message())));
        return a;
    }

    private static void text(JsonObjectBuilder o, String key, String value) {
        o.add(key, value == null ? JsonValue.NULL : Json.string(value));
    }

    private static void number(JsonObjectBuilder o, String key, BigDecimal value) {
        o.add(key, value == null ? JsonValue.NULL : Json.number(value));
    }
}
