package org.perfeval.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perfeval.common.Rate;
import org.perfeval.indicator.Checklist;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.ScoreSheet;

/**
 * The default findings rules (cases/FORMAT.md) over ratios, checklist and indicator scores, each
 * with a default recommendation. A ratio or fact that is absent is not judged.
 */
final class FindingRules {

    private final FindingThresholds t;

    FindingRules(FindingThresholds thresholds) {
        this.t = thresholds;
    }

    List<Finding> findings(ScoreSheet sheet, Map<Formula, Rate> ratios, List<IndicatorResult> results) {
        List<Finding> out = new ArrayList<>();
        Rate execution = ratios.get(Formula.BUDGET_EXECUTION_RATE);
        if (execution != null && execution.below(t.budgetExecutionMin())) {
            out.add(new Finding("BUDGET_EXECUTION_LOW", "预算执行率偏低", "预算执行率" + execution,
                    "加强预算执行管理，按进度执行预算，提高财政资金使用效率"));
        }
        Rate adjustment = ratios.get(Formula.BUDGET_ADJUSTMENT_RATE);
        if (adjustment != null && adjustment.above(t.budgetAdjustmentMax())) {
            out.add(new Finding("BUDGET_ADJUSTMENT_HIGH", "预算资金调整率较大", "预算调整率" + adjustment,
                    "提高部门预算编制精准度，降低预算调整率"));
        }
        Rate procurement = ratios.get(Formula.PROCUREMENT_EXECUTION_RATE);
        if (procurement != null && procurement.below(t.procurementExecutionMin())) {
            out.add(new Finding("PROCUREMENT_EXECUTION_LOW", "政府采购预算执行率较低", "政府采购执行率" + procurement,
                    "提高年度政府采购预算编制科学性"));
        }
        Checklist c = sheet.checklist();
        boolean noGroup = Boolean.FALSE.equals(c.performanceLeadingGroup());
        boolean noRules = Boolean.FALSE.equals(c.performanceRules());
        if (noGroup || noRules) {
            List<String> gaps = new ArrayList<>();
            if (noGroup) {
                gaps.add("未成立预算绩效管理工作领导小组");
            }
            if (noRules) {
                gaps.add("未制定本单位预算绩效管理制度");
            }
            out.add(new Finding("PERFORMANCE_MANAGEMENT_WEAK", "预算绩效管理机制不健全", String.join("，", gaps),
                    "加强预算绩效管理认识，提高预算绩效管理水平"));
        }
        for (IndicatorResult r : results) {
            if (r.applicable() && !r.weight().isZero()
                    && r.score().shareOf(r.weight()).compareTo(t.targetShareMin()) < 0) {
                out.add(new Finding(Finding.TARGET_NOT_MET, r.name() + "未达到绩效目标",
                        r.name() + "得" + r.score() + "分（分值" + r.weight() + "分）：" + r.explanation(),
                        "分析" + r.name() + "未达标的原因，制定改进措施，确保绩效目标实现"));
            }
        }
        return out;
    }
}
