package org.perfeval.report;

import org.perfeval.selfevaluation.FlagCode;

/**
 * What the review report says of each flag: the problem it shows (四、主要问题) and what the bureau
 * recommends against it (五、意见建议). Switches without default: a new flag code does not compile
 * until the report can speak of it.
 */
final class ReviewWording {

    private ReviewWording() {
    }

    static String problem(FlagCode code) {
        return switch (code) {
            case EXECUTION_RATE_MISMATCH -> "填报的预算执行率与全年执行数、全年预算数不符，资金执行数据未经核对即行填列";
            case EXECUTION_SCORE_MISMATCH -> "预算执行率得分未按“分值×执行率”计算，执行率不足仍计满分的情况较多";
            case SCORE_OVERSTATED -> "定量指标未达到年度指标值仍计满分或多计得分，自评打分偏松";
            case SCORE_ABOVE_WEIGHT -> "指标得分超过该指标分值，评分标准执行不严";
            case TOTAL_MISMATCH -> "自评总分与各项得分合计不符，自评表填报后未经复核";
            case WEIGHTS_NOT_100 -> "指标分值（含预算执行率分值）合计不为100分，指标体系设置不规范";
            case DEDUCTION_WITHOUT_REASON -> "指标扣分后未分析偏差原因、未提出改进措施，自评未发挥查找问题的作用";
            case MISSING_ACTUAL -> "部分指标未填写实际完成值，得分缺乏依据";
            case OVERACHIEVED_UNEXPLAINED -> "实际完成值大幅超过年度指标值且未说明原因，年度绩效目标设定偏低";
            case COST_TARGET_DIRECTION -> "成本指标以“≥”等下限方式设定，成本控制目标方向错误";
            case NOT_QUANTIFIED -> "数量指标未设置可衡量的数值，绩效目标不够细化量化";
            case SCORE_EXCEEDS_EXECUTION -> "绩效指标得分率明显高于预算执行率，产出和效益的完成情况与资金支出不匹配";
            case ALL_FULL_MARKS -> "部门所属项目自评均为满分，自评流于形式";
        };
    }

    /** A recommendation: a short title and what it asks; flags of one kind share one, said once. */
    static ReportContent.Item recommendation(FlagCode code) {
        return switch (code) {
            case EXECUTION_RATE_MISMATCH, EXECUTION_SCORE_MISMATCH -> new ReportContent.Item("核实资金执行数据，规范执行率计分",
                    "以决算数据为准核对全年预算数和全年执行数，预算执行率及其得分按统一口径计算，由财务部门与业务部门共同把关。");
            case SCORE_OVERSTATED, SCORE_ABOVE_WEIGHT, TOTAL_MISMATCH -> new ReportContent.Item("严格按评分规则自评打分",
                    "逐项按评分规则计分，未完成的指标按完成比例计分，得分不超过分值；自评表报送前由单位绩效管理人员复核各项得分和总分。");
            case WEIGHTS_NOT_100, COST_TARGET_DIRECTION, NOT_QUANTIFIED, OVERACHIEVED_UNEXPLAINED ->
                    new ReportContent.Item("提高绩效目标编制质量",
                            "数量、成本等指标设置明确的数值和方向，成本指标设上限，指标值参照历史完成情况合理确定，分值合计为100分；"
                                    + "财政部门在预算编审时加强绩效目标审核。");
            case DEDUCTION_WITHOUT_REASON, MISSING_ACTUAL -> new ReportContent.Item("完整填写完成情况和偏差原因",
                    "如实填写每项指标的实际完成值，对未完成的指标逐项分析偏差原因并提出可操作的改进措施，佐证材料随表留存。");
            case SCORE_EXCEEDS_EXECUTION -> new ReportContent.Item("统筹分析资金执行与绩效完成情况",
                    "将预算执行进度与绩效目标完成情况一并分析，资金支出滞后的项目如实反映产出和效益的完成程度。");
            case ALL_FULL_MARKS -> new ReportContent.Item("加强主管部门对自评结果的审核",
                    "主管部门对所属单位的自评结果进行审核，对全部满分的自评结果重点抽查。");
        };
    }
}
