package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.perfeval.common.Score;

/**
 * One reviewed form in figures, as the review's outputs print it: the printed total, the total the
 * desk review recomputed, and the reviewed total, which is the on-site review's when the form was
 * rechecked and the recomputed one otherwise.
 *
 * @param executionRate the recomputed 执行率 in percent, null when the annual budget is zero
 * @param printed the printed 总分, null when left blank
 * @param deskDeviation (printed − recomputed) / printed × 100, null without a printed total
 * @param deviation (printed − reviewed) / printed × 100, null without a printed total; the desk one when not rechecked
 */
public record FormOutcome(long id, String project, String department, String unit, BigDecimal budget,
                          BigDecimal executionRate, BigDecimal printed, BigDecimal recomputed, BigDecimal reviewed,
                          boolean onSite, BigDecimal deskDeviation, BigDecimal deviation) {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    public static FormOutcome of(ReviewedForm form) {
        FormReview desk = form.desk();
        SelfEvaluationForm f = desk.form();
        Score reviewed = reviewedTotal(form);
        return new FormOutcome(form.id(), f.project(), f.department(), f.unit(), f.funds().annualBudget().wan(),
                desk.executionRate() == null ? null : desk.executionRate().percent(), f.printedTotal(),
                desk.recomputedTotal().points(), reviewed.points(), form.recheck() != null, desk.deviation(),
                deviation(f.printedTotal(), reviewed.points()));
    }

    /** The on-site review's total when the form was rechecked, else the desk review's recomputed total. */
    public static Score reviewedTotal(ReviewedForm form) {
        return form.recheck() == null ? form.desk().recomputedTotal() : form.recheck().total(form.desk());
    }

    /** As the desk review computes it (forms/FORMAT.md): 2 decimals HALF_UP, none without a printed total. */
    static BigDecimal deviation(BigDecimal printed, BigDecimal reviewed) {
        if (printed == null || printed.signum() == 0) {
            return null;
        }
        return printed.subtract(reviewed).multiply(HUNDRED).divide(printed, 2, RoundingMode.HALF_UP);
    }
}
