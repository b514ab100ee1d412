package org.perfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfeval.indicator.Quantity;
import org.perfeval.selfevaluation.Flag;
import org.perfeval.selfevaluation.FlagLabels;
import org.perfeval.selfevaluation.FormFunds;
import org.perfeval.selfevaluation.FormIndicator;
import org.perfeval.selfevaluation.FormReview;
import org.perfeval.selfevaluation.IndicatorRecheck;
import org.perfeval.selfevaluation.IndicatorReview;
import org.perfeval.selfevaluation.ReviewedForm;

/**
 * One row of the 复核底稿: an indicator with the unit's completion value and score beside the
 * review's. An indicator the on-site review did not recheck keeps the unit's completion value and
 * the desk review's recomputed score. The execution rate comes first as a row of its own, so that a
 * form's rows add up to its totals.
 *
 * @param onSite whether the reviewed figures are the on-site review's
 */
record IndicatorLine(String path, List<String> levels, boolean quantitative, String target, BigDecimal weight,
                     String selfActual, BigDecimal selfScore, String reviewedActual, BigDecimal reviewedScore,
                     boolean onSite, String remark) {

    /** The path flags give the execution rate (forms/FORMAT.md). */
    static final String EXECUTION_PATH = "预算执行率";

    static List<IndicatorLine> of(ReviewedForm form) {
        FormReview desk = form.desk();
        Map<String, IndicatorRecheck> rechecked = form.recheck() == null ? Map.of() : form.recheck().byPath();
        List<IndicatorLine> lines = new ArrayList<>(desk.indicators().size() + 1);
        lines.add(execution(desk));
        for (IndicatorReview r : desk.indicators()) {
            FormIndicator i = r.indicator();
            IndicatorRecheck recheck = rechecked.get(i.key());
            List<String> remarks = new ArrayList<>();
            if (recheck != null && recheck.reason() != null && !recheck.reason().isBlank()) {
                remarks.add(recheck.reason().strip());
            }
            remarks.addAll(flagMessages(desk, i.key()));
            lines.add(new IndicatorLine(i.key(), i.path(), Quantity.parse(i.target()).isPresent(), i.target(),
                    i.weight().points(), i.actual(), i.printedScore(),
                    recheck == null ? i.actual() : recheck.reviewedActual(),
                    recheck == null ? r.recomputed().points() : recheck.reviewedScore().points(),
                    recheck != null, String.join("；", remarks)));
        }
        return lines;
    }

    /** The rate as the unit printed it and as recomputed from 全年执行数 / 全年预算数; its target is full execution. */
    private static IndicatorLine execution(FormReview desk) {
        FormFunds funds = desk.form().funds();
        List<String> remarks = new ArrayList<>();
        remarks.add("全年执行数" + plain(funds.expenditure().wan()) + "万元，全年预算数" + plain(funds.annualBudget().wan()) + "万元");
        remarks.addAll(flagMessages(desk, EXECUTION_PATH));
        return new IndicatorLine(EXECUTION_PATH, List.of(EXECUTION_PATH), true, "100%", funds.weight().points(),
                funds.printedRate() == null ? null : plain(funds.printedRate()) + "%", funds.printedScore(),
                desk.executionRate() == null ? null : desk.executionRate().toString(), desk.executionScore().points(),
                false, String.join("；", remarks));
    }

    private static List<String> flagMessages(FormReview desk, String path) {
        List<String> out = new ArrayList<>();
        for (Flag f : desk.flags()) {
            if (f.path().equals(path)) {
                out.add(FlagLabels.label(f.code()) + "：" + f.message());
            }
        }
        return out;
    }

    String level(int index) {
        return levels.size() > index ? levels.get(index) : "";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
