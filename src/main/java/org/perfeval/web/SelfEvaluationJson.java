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
import org.perfeval.selfevaluation.IndicatorRecheck;
import org.perfeval.selfevaluation.IndicatorReview;
import org.perfeval.selfevaluation.ReviewAssignment;
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
        if (name == null || name.isEmpty() || name.length() > 200 || org.perfeval.common.Text.hasHiddenCharacters(name)) {
            errors.add(new FieldError("name", "必填, 应为1至200个字符的批次名称，不含控制字符"));
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
        text(o, "answerDueAt", b.answerDueAt() == null ? null : b.answerDueAt().toString());
        text(o, "closedAt", b.closedAt() == null ? null : b.closedAt().toString());
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
        o.add("assignmentId", f.assignmentId() == null ? JsonValue.NULL : Json.number(java.math.BigDecimal.valueOf(f.assignmentId())));
        number(o, "reviewedTotal", f.reviewedTotal());
        text(o, "answer", f.answer());
        text(o, "answeredBy", f.answeredBy());
        text(o, "answeredAt", f.answeredAt() == null ? null : f.answeredAt().toString());
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
        java.util.Map<String, IndicatorRecheck> rechecked = f.recheck() == null ? java.util.Map.of() : f.recheck().byPath();
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
            IndicatorRecheck r = rechecked.get(ind.key());
            if (r != null) {
                text(io, "reviewedActual", r.reviewedActual());
                io.add("reviewedScore", r.reviewedScore().points());
                text(io, "reason", r.reason());
                io.add("evidence", JSON.createArrayBuilder(r.evidence()));
            }
            indicators.add(io);
        }
        JsonObjectBuilder goals = JSON.createObjectBuilder();
        text(goals, "expected", form.expectedGoal());
        text(goals, "actual", form.actualGoal());
        if (f.recheck() != null) {
            JsonObjectBuilder r = JSON.createObjectBuilder().add("agency", f.recheck().agency());
            text(r, "opinion", f.recheck().opinion());
            o.add("recheck", r);
        }
        return o.add("year", form.year()).add("funds", fo).add("goals", goals).add("indicators", indicators)
                .add("executionScore", review.executionScore().points()).build();
    }

    static JsonObject batches(List<ReviewBatch> batches) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        batches.forEach(b -> items.add(batch(b)));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    static JsonObject assignment(ReviewAssignment a) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", a.id()).add("batchId", a.batchId())
                .add("agencyId", a.agencyId()).add("agency", a.agencyName()).add("status", a.status().name())
                .add("dueAt", a.dueAt().toString()).add("returns", a.returns()).add("overdue", a.overdue())
                .add("forms", a.forms()).add("rechecked", a.rechecked());
        text(o, "submittedAt", a.submittedAt() == null ? null : a.submittedAt().toString());
        text(o, "decidedAt", a.decidedAt() == null ? null : a.decidedAt().toString());
        text(o, "returnReason", a.returnReason());
        return o.build();
    }

    static JsonObject assignments(List<ReviewAssignment> assignments) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        assignments.forEach(a -> items.add(assignment(a)));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    /** {@code {agencies: [orgId…], dueDate: "2027-03-31", answerDays?: 15}}. */
    record Dispatch(List<Long> agencies, java.time.LocalDate dueDate, int answerDays) {
    }

    static Dispatch dispatch(JsonObject o) {
        List<FieldError> errors = new ArrayList<>();
        List<Long> agencies = ids(o.get("agencies"), "agencies", errors);
        java.time.LocalDate due = null;
        try {
            due = java.time.LocalDate.parse(o.getString("dueDate", ""));
        } catch (java.time.format.DateTimeParseException | ClassCastException e) {
            errors.add(new FieldError("dueDate", "必填, 复核期限 如 2027-03-31"));
        }
        BigDecimal days = JsonFields.number(o.get("answerDays"), "answerDays", false, errors);
        if (days != null && (days.stripTrailingZeros().scale() > 0 || days.intValue() < 1 || days.intValue() > 90)) {
            errors.add(new FieldError("answerDays", "应为1至90天"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Dispatch(agencies, due, days == null ? 15 : days.intValue());
    }

    /** {@code {approved, reason?}}. */
    record Decision(boolean approved, String reason) {
    }

    static Decision decision(JsonObject o) {
        JsonValue v = o.get("approved");
        if (v == null || v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
            throw ValidationException.of("approved", "必填, true（通过）或 false（退回）");
        }
        String reason = o.get("reason") instanceof jakarta.json.JsonString s ? s.getString().strip() : null;
        if (reason != null && (reason.length() > 2000 || org.perfeval.common.Text.hasHiddenCharactersBesideLineBreaks(reason))) {
            throw ValidationException.of("reason", "不能超过2000个字符，不含控制字符");
        }
        return new Decision(v.getValueType() == JsonValue.ValueType.TRUE, reason);
    }

    static String answer(JsonObject o) {
        return o.get("answer") instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    static JsonObject file(org.perfeval.selfevaluation.ReviewFile f) {
        return JSON.createObjectBuilder().add("id", f.id()).add("name", f.name()).add("size", f.size())
                .add("sha256", f.sha256()).add("contentType", f.type().mediaType()).add("uploadedBy", f.uploadedBy())
                .add("uploadedAt", f.uploadedAt().toString()).build();
    }

    static JsonObject files(List<org.perfeval.selfevaluation.ReviewFile> files) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        files.forEach(f -> items.add(file(f)));
        return JSON.createObjectBuilder().add("items", items).build();
    }

    /** A body for the commission form ({@code POST /api/evaluations}) and what suggests it. */
    static JsonObject draft(org.perfeval.selfevaluation.CommissionDraft d) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("title", d.title()).add("year", d.year()).add("kind", d.kind())
                .add("subject", JSON.createObjectBuilder().add("name", d.subject())).add("subjectKnown", d.subjectKnown())
                .add("basis", JSON.createObjectBuilder().add("title", d.basis()))
                .add("reasons", JSON.createArrayBuilder(d.reasons()));
        number(o, "budget", d.budget());
        return o.build();
    }

    /** The dashboard's figures: deviation bands, flags by code, departments ranked, execution rate against self-score. */
    static JsonObject dashboard(org.perfeval.selfevaluation.ReviewStatistics stats) {
        var t = stats.totals();
        JsonObjectBuilder totals = JSON.createObjectBuilder().add("forms", t.forms()).add("flagged", t.flagged())
                .add("withErrors", t.withErrors()).add("onSite", t.onSite()).add("fullMarks", t.fullMarks());
        number(totals, "averagePrinted", t.averagePrinted());
        number(totals, "averageRecomputed", t.averageRecomputed());
        number(totals, "averageReviewed", t.averageReviewed());
        number(totals, "averageDeviation", t.averageDeviation());
        JsonArrayBuilder buckets = JSON.createArrayBuilder();
        stats.deviationDistribution().forEach((bucket, n) -> buckets.add(JSON.createObjectBuilder().add("bucket", bucket.name())
                .add("label", bucket.label()).add("forms", n)));
        JsonArrayBuilder flags = JSON.createArrayBuilder();
        stats.flags().forEach(f -> flags.add(JSON.createObjectBuilder().add("code", f.code().name()).add("label", f.label())
                .add("severity", f.code().severity().name().toLowerCase(Locale.ROOT)).add("forms", f.forms())
                .add("occurrences", f.occurrences())));
        JsonArrayBuilder departments = JSON.createArrayBuilder();
        stats.departments().forEach(d -> {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("department", d.department()).add("forms", d.forms())
                    .add("flagged", d.flagged()).add("withErrors", d.withErrors()).add("onSite", d.onSite());
            number(o, "averagePrinted", d.averagePrinted());
            number(o, "averageReviewed", d.averageReviewed());
            number(o, "averageDeviation", d.averageDeviation());
            number(o, "fullMarksShare", d.fullMarksShare());
            departments.add(o);
        });
        JsonArrayBuilder largest = JSON.createArrayBuilder();
        stats.largestDeviations().forEach(f -> {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("formId", f.id()).add("project", f.project())
                    .add("department", f.department()).add("onSite", f.onSite());
            number(o, "printed", f.printed());
            number(o, "reviewed", f.reviewed());
            number(o, "deviation", f.deviation());
            largest.add(o);
        });
        JsonArrayBuilder scatter = JSON.createArrayBuilder();
        stats.scatter().forEach(p -> {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("formId", p.formId());
            number(o, "executionRate", p.executionRate());
            number(o, "printedTotal", p.printedTotal());
            scatter.add(o);
        });
        JsonArrayBuilder advice = JSON.createArrayBuilder();
        stats.advice().forEach(a -> {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("advice", a.advice().name()).add("forms", a.forms());
            number(o, "budget", a.budget());
            advice.add(o);
        });
        return JSON.createObjectBuilder().add("totals", totals).add("deviationBuckets", buckets).add("flagCounts", flags)
                .add("departments", departments).add("largestDeviations", largest).add("scatter", scatter)
                .add("advice", advice).build();
    }

    static JsonObject advice(List<org.perfeval.selfevaluation.FormBudgetAdvice> items, long total) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        items.forEach(x -> {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("formId", x.formId()).add("project", x.project())
                    .add("department", x.department()).add("onSite", x.onSite()).add("grade", x.grade().name())
                    .add("advice", x.advice().name()).add("text", x.text());
            number(o, "printedTotal", x.printedTotal());
            number(o, "reviewedTotal", x.reviewedTotal());
            a.add(o);
        });
        return JSON.createObjectBuilder().add("items", a).add("total", total).build();
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
