package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.common.Rate;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;
import org.perfeval.indicator.Quantity;

/**
 * The bureau's desk review of a self-evaluation form (forms/FORMAT.md): the execution rate, each
 * indicator's score and the total recomputed from the facts, and every flag the printed figures
 * earn. Pure: the same form and rules always give the same review.
 */
public final class DeskReview {

    static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    static final String EXECUTION_PATH = "预算执行率";
    static final String TOTAL_PATH = "总分";

    private final SelfEvaluationForm form;
    private final ReviewRules rules;
    private final List<Flag> flags = new ArrayList<>();

    private DeskReview(SelfEvaluationForm form, ReviewRules rules) {
        this.form = form;
        this.rules = rules;
    }

    public static FormReview of(SelfEvaluationForm form, ReviewRules rules) {
        return new DeskReview(form, rules).review();
    }

    private FormReview review() {
        FormFunds funds = form.funds();
        Rate rate = Rate.of(funds.expenditure(), funds.annualBudget()).orElse(null);
        Score executionScore = rate == null ? Score.ZERO
                : Score.of(funds.weight().points().multiply(rate.percent().min(HUNDRED)).divide(HUNDRED, 10, RoundingMode.HALF_UP));
        checkExecution(funds, rate, executionScore);
        List<IndicatorReview> indicators = new ArrayList<>();
        Score recomputed = executionScore;
        for (FormIndicator i : form.indicators()) {
            IndicatorReview r = indicator(i);
            indicators.add(r);
            recomputed = recomputed.plus(r.recomputed());
        }
        checkTotals(funds, rate);
        BigDecimal deviation = form.printedTotal() == null || form.printedTotal().signum() == 0 ? null
                : form.printedTotal().subtract(recomputed.points()).multiply(HUNDRED)
                        .divide(form.printedTotal(), 2, RoundingMode.HALF_UP);
        flags.sort(Comparator.comparing((Flag f) -> f.code().name()).thenComparing(Flag::path));
        return new FormReview(form, rate, executionScore, indicators, recomputed, deviation, flags);
    }

    private void checkExecution(FormFunds funds, Rate rate, Score executionScore) {
        if (rate != null && funds.printedRate() != null && differ(funds.printedRate(), rate.percent())) {
            flag(FlagCode.EXECUTION_RATE_MISMATCH, EXECUTION_PATH, "执行率填报为" + n(funds.printedRate()) + "%，按全年执行数"
                    + n(funds.expenditure().wan()) + "万元 / 全年预算数" + n(funds.annualBudget().wan()) + "万元计算应为" + rate);
        }
        if (funds.printedScore() != null && differ(funds.printedScore(), executionScore.points())) {
            flag(FlagCode.EXECUTION_SCORE_MISMATCH, EXECUTION_PATH, "执行率得分填报为" + n(funds.printedScore()) + "分，按分值"
                    + n(funds.weight().points()) + " × 执行率" + (rate == null ? "0%" : rate) + "计算应为" + executionScore + "分");
        }
    }

    private IndicatorReview indicator(FormIndicator i) {
        String at = i.key();
        Weight weight = i.weight();
        BigDecimal printed = i.printedScore() == null ? BigDecimal.ZERO : i.printedScore();
        Optional<Quantity> target = Quantity.parse(i.target());
        boolean noActual = i.actual() == null || i.actual().isBlank();
        Optional<Quantity> actual = noActual ? Optional.empty() : Quantity.parse(i.actual());
        boolean aboveWeight = printed.compareTo(weight.points()) > 0;
        if (aboveWeight) {
            flag(FlagCode.SCORE_ABOVE_WEIGHT, at, "得分填报为" + n(printed) + "分，超过分值" + n(weight.points()) + "分");
        }
        if (noActual) {
            flag(FlagCode.MISSING_ACTUAL, at, "未填写实际完成值（年度指标值" + i.target() + "）");
        }
        if (printed.compareTo(weight.points()) < 0 && !i.hasExplanation()) {
            flag(FlagCode.DEDUCTION_WITHOUT_REASON, at, "得分" + n(printed) + "分低于分值" + n(weight.points())
                    + "分，未填写偏差原因分析及改进措施");
        }
        if (i.isOfKind("数量") && target.isEmpty()) {
            flag(FlagCode.NOT_QUANTIFIED, at, "数量指标的年度指标值“" + i.target() + "”没有数量");
        }
        if (i.isOfKind("成本") && target.isPresent() && target.get().comparator() == org.perfeval.indicator.Comparator.AT_LEAST
                && writtenAsFloor(i.target())) {
            flag(FlagCode.COST_TARGET_DIRECTION, at, "成本指标的年度指标值写为“" + i.target() + "”（下限），成本应设上限（≤）");
        }
        if (target.isEmpty() || actual.isEmpty()) {
            // qualitative, or nothing to compare: the unit's own judgment stands, within the weight
            return new IndicatorReview(i, Score.of(printed.min(weight.points()).max(BigDecimal.ZERO)), false);
        }
        Score recomputed = Score.of(score(target.get(), actual.get().value(), weight));
        if (target.get().comparator() == org.perfeval.indicator.Comparator.AT_LEAST && target.get().value().signum() > 0
                && !i.hasExplanation()) {
            BigDecimal reached = actual.get().value().multiply(HUNDRED).divide(target.get().value(), 2, RoundingMode.HALF_UP);
            if (reached.compareTo(rules.overachievedAtPercent()) >= 0) {
                flag(FlagCode.OVERACHIEVED_UNEXPLAINED, at, "实际完成值" + i.actual() + "为年度指标值" + i.target() + "的" + n(reached)
                        + "%，超过" + n(rules.overachievedAtPercent()) + "%而未说明原因（指标值可能偏低）");
            }
        }
        if (!aboveWeight && printed.subtract(recomputed.points()).compareTo(TOLERANCE) > 0) {
            flag(FlagCode.SCORE_OVERSTATED, at, "得分填报为" + n(printed) + "分，按年度指标值" + i.target() + "、实际完成值"
                    + i.actual() + "计算应为" + recomputed + "分");
        }
        return new IndicatorReview(i, recomputed, true);
    }

    /** ≥ met → the weight, else in proportion; ≤ met → the weight, else as the rules say; = → all or nothing. */
    private BigDecimal score(Quantity target, BigDecimal actual, Weight weight) {
        BigDecimal t = target.value();
        return switch (target.comparator()) {
            case AT_LEAST -> actual.compareTo(t) >= 0 ? weight.points()
                    : t.signum() == 0 ? weight.points() : weight.portion(actual.divide(t, 10, RoundingMode.HALF_UP));
            case AT_MOST -> actual.compareTo(t) <= 0 ? weight.points()
                    : rules.atMost() == ReviewRules.AtMostScoring.ZERO || actual.signum() == 0 ? BigDecimal.ZERO
                    : weight.portion(t.divide(actual, 10, RoundingMode.HALF_UP));
            case EQUAL -> actual.compareTo(t) == 0 ? weight.points() : BigDecimal.ZERO;
        };
    }

    /** The target names its direction (≥10万元, 不低于10万元, 10万元以上) rather than being a bare number. */
    private static boolean writtenAsFloor(String target) {
        String t = target.strip();
        return !t.isEmpty() && !Character.isDigit(t.charAt(0)) || t.endsWith("以上");
    }

    private void checkTotals(FormFunds funds, Rate rate) {
        BigDecimal printedSum = funds.printedScore() == null ? BigDecimal.ZERO : funds.printedScore();
        BigDecimal weights = funds.weight().points();
        BigDecimal indicatorPrinted = BigDecimal.ZERO;
        BigDecimal indicatorWeights = BigDecimal.ZERO;
        for (FormIndicator i : form.indicators()) {
            BigDecimal printed = i.printedScore() == null ? BigDecimal.ZERO : i.printedScore();
            printedSum = printedSum.add(printed);
            indicatorPrinted = indicatorPrinted.add(printed);
            indicatorWeights = indicatorWeights.add(i.weight().points());
            weights = weights.add(i.weight().points());
        }
        if (form.printedTotal() != null && differ(form.printedTotal(), printedSum)) {
            flag(FlagCode.TOTAL_MISMATCH, TOTAL_PATH, "总分填报为" + n(form.printedTotal()) + "分，各项得分（含执行率得分）合计为"
                    + n(printedSum) + "分");
        }
        if (weights.compareTo(HUNDRED) != 0) {
            flag(FlagCode.WEIGHTS_NOT_100, "", "分值合计为" + n(weights) + "分（含执行率分值" + n(funds.weight().points()) + "分），应为100分");
        }
        if (rate != null && indicatorWeights.signum() > 0) {
            BigDecimal claimed = indicatorPrinted.multiply(HUNDRED).divide(indicatorWeights, 2, RoundingMode.HALF_UP);
            if (claimed.subtract(rate.percent()).compareTo(rules.executionGapPoints()) > 0) {
                flag(FlagCode.SCORE_EXCEEDS_EXECUTION, "", "绩效指标得分率" + n(claimed) + "%，高出预算执行率" + rate + "超过"
                        + n(rules.executionGapPoints()) + "个百分点（指标完成情况与资金支出不匹配）");
            }
        }
    }

    private void flag(FlagCode code, String path, String message) {
        flags.add(new Flag(code, path, message));
    }

    private static boolean differ(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) > 0;
    }

    private static String n(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** ALL_FULL_MARKS for each department with three or more forms in the batch, every one self-scored 100. */
    public static Map<String, Flag> departmentFlags(List<FormReview> reviews) {
        Map<String, List<FormReview>> byDepartment = new LinkedHashMap<>();
        reviews.forEach(r -> byDepartment.computeIfAbsent(r.form().department(), d -> new ArrayList<>()).add(r));
        Map<String, Flag> out = new LinkedHashMap<>();
        byDepartment.forEach((department, forms) -> {
            if (forms.size() >= 3 && forms.stream().allMatch(FormReview::fullMarks)) {
                out.put(department, new Flag(FlagCode.ALL_FULL_MARKS, "", department + "的" + forms.size() + "份自评表均自评100分"));
            }
        });
        return out;
    }
}
