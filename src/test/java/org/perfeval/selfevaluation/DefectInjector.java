package org.perfeval.selfevaluation;

import static org.perfeval.selfevaluation.IndicatorTemplate.pick;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.perfeval.selfevaluation.DraftForm.Indicator;
import org.perfeval.selfevaluation.IndicatorTemplate.Shape;

/**
 * Injects one defect at a time into a clean {@link DraftForm}, so that the desk review raises exactly
 * its flag and records it. Each indicator defect takes an indicator nothing else has touched; what
 * a defect changes besides its own figure is kept consistent (a changed score moves the printed
 * total with it, a wrong rate leaves the score right), and the margins stay clear of the review's
 * tolerances: 0.01 on scores and rates, 130% for a floor exceeded, 20 points between the indicators'
 * claimed share and the execution rate (clean forms spend at least 85%).
 */
final class DefectInjector {

    private static final String EXECUTION = DeskReview.EXECUTION_PATH;

    private final Random random;
    private final DraftForm form;

    DefectInjector(Random random, DraftForm form) {
        this.random = random;
        this.form = form;
    }

    /** Injects the defect; false when the form has no clean indicator it fits. */
    boolean inject(Defect defect) {
        boolean done = switch (defect) {
            case SCORE_OVERSTATED -> onIndicator(i -> i.template.shape().quantitative(), this::overstate);
            case SCORE_ABOVE_WEIGHT -> onIndicator(i -> true, this::scoreAboveWeight);
            case DEDUCTION_WITHOUT_REASON -> onIndicator(i -> true, this::deductWithoutReason);
            case MISSING_ACTUAL -> onIndicator(i -> true, this::dropActual);
            case OVERACHIEVED_UNEXPLAINED -> onIndicator(i -> i.template.shape() == Shape.AT_LEAST, this::overachieve);
            case COST_TARGET_DIRECTION -> onIndicator(i -> i.second.equals("成本指标") && i.template.shape() == Shape.AT_MOST,
                    this::costAsFloor);
            case NOT_QUANTIFIED -> onIndicator(i -> i.second.equals("数量指标"), this::unquantify);
            case WEIGHTS_NOT_100 -> onIndicator(i -> true, this::reweigh);
            case SCORE_EXCEEDS_EXECUTION -> underspend();
            case EXECUTION_RATE_MISMATCH -> misprintRate();
            case EXECUTION_SCORE_MISMATCH -> misprintExecutionScore();
            case TOTAL_MISMATCH -> misprintTotal();
            case UNREADABLE_CELL -> garble();
        };
        if (done) {
            form.defects.add(defect);
        }
        return done;
    }

    /** Applies the change to a clean indicator that fits and expects the defect's flag at its path. */
    private boolean onIndicator(Predicate<Indicator> fits, Consumer<Indicator> change) {
        List<Indicator> candidates = form.plain().stream().filter(fits).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Indicator i = pick(random, candidates);
        change.accept(i);
        i.state = DraftForm.State.DEFECTIVE;
        return true;
    }

    private void expect(FlagCode code, String path) {
        form.expected.add(new ExpectedFlag(code, path));
    }

    /** The target missed, the full weight printed anyway; explained, as units do ("资金到位较晚"). */
    private void overstate(Indicator i) {
        BigDecimal t = i.targetValue;
        BigDecimal actual = switch (i.template.shape()) {
            // at most 90% of a floor: the score falls by at least a tenth of a weight of 0.5 or more
            case AT_LEAST -> i.template.scaled(t, random, 0.5, 0.9, RoundingMode.DOWN);
            case PERCENT_AT_LEAST -> t.multiply(BigDecimal.valueOf(0.6 + 0.3 * random.nextDouble())).setScale(1, RoundingMode.DOWN);
            case PERCENT_EXACT -> t.subtract(BigDecimal.valueOf(5 + random.nextInt(10))); // nothing for =, at most 95% of a bare 100%
            case AT_MOST -> i.template.scaled(t, random, 1.15, 1.5, RoundingMode.UP); // a ceiling overrun by 15% or more
            case QUALITATIVE -> throw new IllegalStateException("a qualitative indicator is never recomputed");
        };
        i.actual = i.template.format(actual);
        i.explanation = pick(random, FormCatalogue.OVERSTATED_REASONS);
        expect(FlagCode.SCORE_OVERSTATED, i.key());
    }

    /** Up to 2 points above the weight: the claimed share rises by 2.3 points at most, far from the 20 allowed. */
    private void scoreAboveWeight(Indicator i) {
        i.printed = i.weight.add(pick(random, List.of(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("2"))));
        expect(FlagCode.SCORE_ABOVE_WEIGHT, i.key());
    }

    /** 10–40% of the weight taken off, no reason given; a target still met only means the unit under-scored. */
    private void deductWithoutReason(Indicator i) {
        BigDecimal off = i.weight.multiply(BigDecimal.valueOf(0.1 + 0.3 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
        i.printed = i.weight.subtract(off.max(new BigDecimal("0.05")));
        if (!i.template.shape().quantitative()) {
            i.actual = "基本" + i.actual;
        }
        expect(FlagCode.DEDUCTION_WITHOUT_REASON, i.key());
    }

    private void dropActual(Indicator i) {
        i.actual = null;
        expect(FlagCode.MISSING_ACTUAL, i.key());
    }

    /** A floor exceeded by 35–80%, no explanation: the target was set too low. */
    private void overachieve(Indicator i) {
        i.actual = i.template.format(i.template.scaled(i.targetValue, random, 1.35, 1.8, RoundingMode.UP));
        expect(FlagCode.OVERACHIEVED_UNEXPLAINED, i.key());
    }

    /** The ceiling written as a floor, spent exactly: met either way, so only the direction is flagged. */
    private void costAsFloor(Indicator i) {
        i.target = i.template.floorText(i.targetValue, random);
        i.actual = i.template.format(i.targetValue);
        expect(FlagCode.COST_TARGET_DIRECTION, i.key());
    }

    private void unquantify(Indicator i) {
        i.target = pick(random, FormCatalogue.UNQUANTIFIED);
        i.actual = pick(random, List.of("已完成", "已按计划完成", "完成"));
        expect(FlagCode.NOT_QUANTIFIED, i.key());
    }

    /** One weight off (a template changed, or a row dropped and not re-weighed), printed at the new weight. */
    private void reweigh(Indicator i) {
        BigDecimal delta = pick(random, List.of(BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("5"), new BigDecimal("-1")));
        if (i.weight.add(delta).compareTo(new BigDecimal("0.5")) < 0) {
            delta = delta.negate();
        }
        i.weight = i.weight.add(delta);
        i.printed = i.weight;
        expect(FlagCode.WEIGHTS_NOT_100, "");
    }

    /** Spends 25–45 points less than the indicators claim (applied after them), printing the rate and score that follow. */
    private boolean underspend() {
        BigDecimal claimed = form.claimedPercent();
        BigDecimal rate = claimed.subtract(BigDecimal.valueOf(25 + 20 * random.nextDouble())).max(BigDecimal.TEN);
        form.spend(form.annualBudget.multiply(rate).divide(DeskReview.HUNDRED, 2, RoundingMode.HALF_UP));
        if (claimed.subtract(form.rate()).compareTo(new BigDecimal("20.5")) <= 0) {
            throw new IllegalStateException("the claimed share " + claimed + " is too low to run ahead of spending");
        }
        expect(FlagCode.SCORE_EXCEEDS_EXECUTION, "");
        return true;
    }

    /** 0.5–5 points off the computed rate (a slip, or the rate of the initial budget); the score stays right. */
    private boolean misprintRate() {
        BigDecimal off = BigDecimal.valueOf(0.5 + 4.5 * random.nextDouble()).setScale(2, RoundingMode.HALF_UP);
        form.printedRate = form.rate().subtract(off);
        expect(FlagCode.EXECUTION_RATE_MISMATCH, EXECUTION);
        return true;
    }

    /** The full 分值 printed for an execution below 100%, or a point less when it was full. */
    private boolean misprintExecutionScore() {
        BigDecimal right = form.executionScore();
        form.printedScore = form.executionWeight.subtract(right).compareTo(new BigDecimal("0.05")) > 0 ? form.executionWeight
                : right.subtract(BigDecimal.ONE);
        expect(FlagCode.EXECUTION_SCORE_MISMATCH, EXECUTION);
        return true;
    }

    /** 总分 rounded up to 100, or 0.5–3 points off the sum (an adding slip). */
    private boolean misprintTotal() {
        BigDecimal shortOf100 = DeskReview.HUNDRED.subtract(form.printedTotal());
        form.totalOffset = random.nextBoolean() && shortOf100.compareTo(new BigDecimal("0.05")) > 0 ? shortOf100
                : BigDecimal.valueOf((random.nextBoolean() ? 1 : -1) * (0.5 + 2.5 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
        expect(FlagCode.TOTAL_MISMATCH, DeskReview.TOTAL_PATH);
        return true;
    }

    /** Words in a number cell, as units write them. */
    private boolean garble() {
        UnreadableCell.Field field = pick(random, List.of(UnreadableCell.Field.values()));
        int indicator = switch (field) {
            case INDICATOR_WEIGHT, INDICATOR_SCORE -> random.nextInt(form.indicators.size());
            default -> -1;
        };
        String text = switch (field) {
            case ANNUAL_BUDGET -> pick(random, List.of("abc", "一百二十万", "待定"));
            case EXECUTION_WEIGHT -> pick(random, List.of("十分", "10分"));
            case INDICATOR_WEIGHT -> pick(random, List.of("十分", "五分", "5分"));
            case INDICATOR_SCORE -> pick(random, List.of("满分", "十分", "全部完成"));
        };
        form.unreadable = new UnreadableCell(field, indicator, text);
        return true;
    }
}
