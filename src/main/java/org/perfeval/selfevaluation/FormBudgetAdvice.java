package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.perfeval.evaluation.BudgetAdvice;
import org.perfeval.scoring.Grade;

/**
 * What a reviewed form means for next year's budget (结果应用): the grade of its reviewed total (the
 * on-site review's when rechecked, else the recomputed one) gives the same four measures as an
 * evaluation's {@link BudgetAdvice}, in the same words; error flags ask for a stricter look, as
 * late rectification does there.
 */
public record FormBudgetAdvice(long formId, String project, String department, BigDecimal printedTotal,
                               BigDecimal reviewedTotal, boolean onSite, Grade grade, BudgetAdvice advice, String text) {

    /** 中 cuts next year's budget by this share (percent), as PERFEVAL_ADVICE_FAIR_CUT_PERCENT does for evaluations. */
    public static final BigDecimal DEFAULT_FAIR_CUT_PERCENT = new BigDecimal("10");

    public static FormBudgetAdvice of(ReviewedForm form) {
        return of(form, DEFAULT_FAIR_CUT_PERCENT);
    }

    public static FormBudgetAdvice of(ReviewedForm form, BigDecimal fairCutPercent) {
        SelfEvaluationForm f = form.desk().form();
        BigDecimal reviewed = FormOutcome.reviewedTotal(form).points();
        Grade grade = Grade.of(reviewed);
        BudgetAdvice advice = BudgetAdvice.forGrade(grade);
        String text = figures(f.printedTotal(), reviewed, form.recheck() != null) + "，复核等级为" + grade.label() + "，"
                + measure(advice, fairCutPercent) + flagsClause(form.desk());
        return new FormBudgetAdvice(form.id(), f.project(), f.department(), f.printedTotal(), reviewed,
                form.recheck() != null, grade, advice, text);
    }

    /** The advice a reviewed total earns, without building its text (statistics tally thousands). */
    public static BudgetAdvice adviceFor(BigDecimal reviewedTotal) {
        return BudgetAdvice.forGrade(Grade.of(reviewedTotal));
    }

    /** The measure in {@link BudgetAdvice#text}'s words, so that both kinds of advice read alike. */
    public static String measure(BudgetAdvice advice, BigDecimal fairCutPercent) {
        return switch (advice) {
            case PRIORITY -> "下一年度预算优先保障";
            case AS_JUSTIFIED -> "下一年度预算按实际需要合理安排";
            case CUT -> "下一年度预算压减" + plain(fairCutPercent) + "%";
            case SUSPEND -> "取消或暂停该项目预算安排";
        };
    }

    private static String figures(BigDecimal printed, BigDecimal reviewed, boolean onSite) {
        return (printed == null ? "未填写自评总分" : "自评" + plain(printed) + "分") + "，复核得分" + plain(reviewed) + "分（"
                + (onSite ? "现场复核" : "书面复核重算") + "）";
    }

    private static String flagsClause(FormReview desk) {
        Set<String> errors = new LinkedHashSet<>();
        Set<String> warnings = new LinkedHashSet<>();
        int errorCount = 0;
        for (Flag flag : desk.flags()) {
            if (flag.severity() == FlagCode.Severity.ERROR) {
                errorCount++;
                errors.add(FlagLabels.label(flag.code()));
            } else {
                warnings.add(FlagLabels.label(flag.code()));
            }
        }
        if (errorCount > 0) {
            return "；自评表存在" + errorCount + "处错误（" + String.join("、", errors) + "），预算安排时从严审核";
        }
        if (!warnings.isEmpty()) {
            return "；自评表有" + (desk.flags().size()) + "处需说明的事项（" + String.join("、", warnings) + "），预算申报时应予说明";
        }
        return "；自评表未发现问题";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
