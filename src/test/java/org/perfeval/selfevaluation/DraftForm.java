package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.perfeval.common.Amount;
import org.perfeval.common.Weight;

/**
 * A form while it is generated: mutable, so that defects can be injected into a clean one; the
 * printed execution rate and score follow the spending until a defect sets them, and the printed
 * total is the sum of the printed scores (plus an offset only for TOTAL_MISMATCH) when it is frozen.
 */
final class DraftForm {

    private static final BigDecimal HUNDRED = DeskReview.HUNDRED;

    /** What has been done to an indicator, so that each defect goes to one that is still clean. */
    enum State { PLAIN, EXPLAINED_DEDUCTION, EXPLAINED_OVERACHIEVEMENT, DEFECTIVE }

    /** One third-level indicator being generated. */
    static final class Indicator {
        final IndicatorTemplate template;
        final String first;
        final String second;
        final String name;
        final BigDecimal targetValue;
        String target;
        String actual;
        BigDecimal weight;
        BigDecimal printed;
        String explanation;
        State state = State.PLAIN;

        Indicator(IndicatorTemplate template, String first, String second, String name, BigDecimal targetValue, String target,
                  String actual, BigDecimal weight) {
            this.template = template;
            this.first = first;
            this.second = second;
            this.name = name;
            this.targetValue = targetValue;
            this.target = target;
            this.actual = actual;
            this.weight = weight;
            this.printed = weight;
        }

        String key() {
            return first + "/" + second + "/" + name;
        }

        boolean isPlain() {
            return state == State.PLAIN;
        }

        FormIndicator toIndicator() {
            return new FormIndicator(List.of(first, second, name), target, actual, new Weight(weight), printed, explanation);
        }
    }

    int year;
    String project;
    String department;
    String unit;
    String expectedGoal;
    String actualGoal;
    BigDecimal initialBudget;
    BigDecimal annualBudget;
    BigDecimal expenditure;
    BigDecimal executionWeight = BigDecimal.TEN;
    BigDecimal printedRate;
    BigDecimal printedScore;
    final List<Indicator> indicators = new ArrayList<>();
    BigDecimal totalOffset = BigDecimal.ZERO;
    UnreadableCell unreadable;
    final Set<Defect> defects = EnumSet.noneOf(Defect.class);
    final List<ExpectedFlag> expected = new ArrayList<>();

    /** Spends this much and prints the rate and score that follow from it. */
    void spend(BigDecimal amount) {
        expenditure = amount;
        printedRate = rate();
        printedScore = executionScore();
    }

    /** 执行率 in percent, 2 decimals HALF_UP (forms/FORMAT.md, Recomputation). */
    BigDecimal rate() {
        return expenditure.multiply(HUNDRED).divide(annualBudget, 2, RoundingMode.HALF_UP);
    }

    BigDecimal executionScore() {
        return executionWeight.multiply(rate().min(HUNDRED)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The indicators' printed scores as a share of their weights, in percent: what SCORE_EXCEEDS_EXECUTION compares. */
    BigDecimal claimedPercent() {
        BigDecimal printed = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Indicator i : indicators) {
            printed = printed.add(i.printed);
            weights = weights.add(i.weight);
        }
        return printed.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
    }

    BigDecimal printedTotal() {
        BigDecimal sum = printedScore.add(totalOffset);
        for (Indicator i : indicators) {
            sum = sum.add(i.printed);
        }
        return sum;
    }

    List<Indicator> plain() {
        return indicators.stream().filter(Indicator::isPlain).toList();
    }

    GeneratedForm freeze(SheetLayout layout) {
        SelfEvaluationForm form = new SelfEvaluationForm(year, project, department, unit,
                new FormFunds(new Amount(initialBudget), new Amount(annualBudget), new Amount(expenditure), new Weight(executionWeight),
                        printedRate, printedScore),
                expectedGoal, actualGoal, indicators.stream().map(Indicator::toIndicator).toList(), printedTotal());
        return new GeneratedForm(form, layout, defects, expected, unreadable);
    }
}
