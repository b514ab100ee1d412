package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.perfeval.common.Amount;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;

/**
 * Hand-built forms for the review's outputs, each desk-reviewed by {@link DeskReview}: a budget of 100
 * 万元, the execution rate weighing 10, a quantitative indicator (≥10个, weight 50) and a qualitative
 * one (weight 40, always full marks), printed correctly unless a test says otherwise.
 */
public final class ReviewFixtures {

    public static final String QUANTITY = "产出指标/数量指标/完成数量";
    public static final String SATISFACTION = "满意度指标/服务对象满意度指标/群众满意度";

    private ReviewFixtures() {
    }

    /**
     * A form whose unit spent {@code spent} of 100 万元 (printed as the correct rate and score), reached
     * {@code count} of ≥10个 and printed {@code countScore} for it (with {@code explanation}), and printed
     * {@code total} (null: left blank).
     */
    public static SelfEvaluationForm form(String project, String department, int spent, int count, String countScore,
                                          String explanation, String total) {
        FormFunds funds = new FormFunds(amount(100), amount(100), amount(spent), new Weight(BigDecimal.TEN),
                BigDecimal.valueOf(spent), BigDecimal.valueOf(spent).divide(BigDecimal.TEN));
        List<FormIndicator> indicators = List.of(
                new FormIndicator(List.of("产出指标", "数量指标", "完成数量"), "≥10个", count + "个", new Weight(new BigDecimal(50)),
                        new BigDecimal(countScore), explanation),
                new FormIndicator(List.of("满意度指标", "服务对象满意度指标", "群众满意度"), "满意", "满意",
                        new Weight(new BigDecimal(40)), new BigDecimal(40), null));
        return new SelfEvaluationForm(2023, project, department, department + "下属单位", funds, "目标", "完成", indicators,
                total == null ? null : new BigDecimal(total));
    }

    /** A clean form: everything spent and reached, full marks. */
    public static SelfEvaluationForm clean(String project, String department) {
        return form(project, department, 100, 10, "50", null, "100");
    }

    public static ReviewedForm desk(long id, SelfEvaluationForm form) {
        return new ReviewedForm(id, DeskReview.of(form, ReviewRules.DEFAULTS), null, null);
    }

    /** The form reviewed on site, its quantity indicator found at {@code actual} and scored {@code score}. */
    public static ReviewedForm onSite(long id, SelfEvaluationForm form, String actual, String score, String reason) {
        FormRecheck recheck = new FormRecheck("某会计师事务所",
                List.of(new IndicatorRecheck(QUANTITY, actual, Score.of(score), reason, List.of(7L))), "复核意见");
        return new ReviewedForm(id, DeskReview.of(form, ReviewRules.DEFAULTS), recheck, "已整改");
    }

    /**
     * Six forms of three departments: 甲局 a clean one (1) and an overstated one rechecked on site (2:
     * printed 100, recomputed 75, reviewed 70); 乙局 a partly spent one scored honestly (3: 88), one
     * claiming more than it spent (4: 95 at 50%) and one without a printed total (5); 丙局 one that
     * understated (6: printed 95, recomputed 100).
     */
    public static List<ReviewedForm> sixForms() {
        return List.of(
                desk(1, clean("甲项目", "甲局")),
                onSite(2, form("乙项目", "甲局", 100, 5, "50", null, "100"), "4个", "20", "现场核实仅完成4个"),
                desk(3, form("丙项目", "乙局", 80, 8, "40", "部分工程延期", "88")),
                desk(4, form("丁项目", "乙局", 50, 10, "50", null, "95")),
                desk(5, form("戊项目", "乙局", 100, 10, "50", null, null)),
                desk(6, form("己项目", "丙局", 100, 10, "45", "自评从严", "95")));
    }

    public static BatchSummary batch(Sampling sampling, Map<String, Flag> departmentFlags) {
        return new BatchSummary("2023年度市级项目自评复核", 2023, ReviewRules.DEFAULTS, 7, 1, sampling, departmentFlags);
    }

    public static Sampling sampling() {
        return new Sampling(1, 2, new BigDecimal("15"), 20240601L, 1, 1, 0, 5);
    }

    private static Amount amount(int wan) {
        return new Amount(BigDecimal.valueOf(wan));
    }
}
