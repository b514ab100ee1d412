package org.perfeval.scoring;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.perfeval.indicator.Formula;

/**
 * The default findings rules (cases/FORMAT.md) over ratios, checklist and indicator scores, each
 * with a default recommendation the evaluator may edit in the draft report.
 */
final class FindingRules {

    static final BigDecimal BUDGET_EXECUTION_MIN = new BigDecimal(90);
    static final BigDecimal BUDGET_ADJUSTMENT_MAX = new BigDecimal(10);
    static final BigDecimal PROCUREMENT_EXECUTION_MIN = new BigDecimal(80);
    static final BigDecimal TARGET_SHARE_MIN = new BigDecimal("0.6");

    private FindingRules() {
    }

    static JsonArray findings(JsonObject sheet, Map<Formula, BigDecimal> ratios, List<SheetScorer.IndicatorScore> scored) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        BigDecimal execution = ratios.get(Formula.BUDGET_EXECUTION_RATE);
        if (execution != null && execution.compareTo(BUDGET_EXECUTION_MIN) < 0) {
            out.add(finding("BUDGET_EXECUTION_LOW", "预算执行率偏低", "预算执行率" + SheetScorer.plain(execution) + "%",
                    "加强预算执行管理，按进度执行预算，提高资金使用效率"));
        }
        BigDecimal adjustment = ratios.get(Formula.BUDGET_ADJUSTMENT_RATE);
        if (adjustment != null && adjustment.compareTo(BUDGET_ADJUSTMENT_MAX) > 0) {
            out.add(finding("BUDGET_ADJUSTMENT_HIGH", "预算资金调整率较大", "预算调整率" + SheetScorer.plain(adjustment) + "%",
                    "提高部门预算编制精准度，降低预算调整率"));
        }
        BigDecimal procurement = ratios.get(Formula.PROCUREMENT_EXECUTION_RATE);
        if (procurement != null && procurement.compareTo(PROCUREMENT_EXECUTION_MIN) < 0) {
            out.add(finding("PROCUREMENT_EXECUTION_LOW", "政府采购预算执行率较低",
                    "政府采购执行率" + SheetScorer.plain(procurement) + "%", "提高年度政府采购预算编制科学性"));
        }
        JsonObject checklist = sheet.getJsonObject("checklist");
        if (checklist != null) {
            boolean noGroup = checklist.get("performanceLeadingGroup") == JsonValue.FALSE;
            boolean noRules = checklist.get("performanceRules") == JsonValue.FALSE;
            if (noGroup || noRules) {
                String evidence = noGroup && noRules ? "未成立预算绩效管理工作领导小组，未制定预算绩效管理制度"
                        : noGroup ? "未成立预算绩效管理工作领导小组" : "未制定本单位预算绩效管理制度";
                out.add(finding("PERFORMANCE_MANAGEMENT_WEAK", "预算绩效管理机制不健全", evidence,
                        "加强预算绩效管理认识，提高预算绩效管理水平"));
            }
        }
        for (SheetScorer.IndicatorScore s : scored) {
            if (s.applicable() && s.weight().signum() > 0
                    && s.score().value().compareTo(s.weight().multiply(TARGET_SHARE_MIN)) < 0) {
                String name = s.path().get(s.path().size() - 1);
                out.add(finding("TARGET_NOT_MET", name + "未达到绩效目标",
                        name + "得分" + SheetScorer.plain(s.score().value()) + "分（分值" + SheetScorer.plain(s.weight()) + "分）",
                        "分析" + name + "未达标的原因，制定改进措施"));
            }
        }
        return out.build();
    }

    private static JsonObject finding(String code, String title, String evidence, String recommendation) {
        return Json.createObjectBuilder().add("code", code).add("title", title).add("evidence", evidence)
                .add("recommendation", recommendation).build();
    }
}
