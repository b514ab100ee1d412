package org.perfeval.selfevaluation;

/**
 * The Chinese names of the flags and their severities, as reports, workpapers and screens print
 * them. A switch without default: a new flag code does not compile until it has its name.
 */
public final class FlagLabels {

    private FlagLabels() {
    }

    public static String label(FlagCode code) {
        return switch (code) {
            case EXECUTION_RATE_MISMATCH -> "预算执行率填报错误";
            case EXECUTION_SCORE_MISMATCH -> "执行率得分计算错误";
            case SCORE_OVERSTATED -> "指标自评得分偏高";
            case SCORE_ABOVE_WEIGHT -> "指标得分超过分值";
            case TOTAL_MISMATCH -> "总分与各项得分合计不符";
            case WEIGHTS_NOT_100 -> "分值合计不为100分";
            case DEDUCTION_WITHOUT_REASON -> "扣分未说明偏差原因";
            case MISSING_ACTUAL -> "未填写实际完成值";
            case OVERACHIEVED_UNEXPLAINED -> "大幅超额完成未说明原因";
            case COST_TARGET_DIRECTION -> "成本指标方向设置错误";
            case NOT_QUANTIFIED -> "数量指标未量化";
            case SCORE_EXCEEDS_EXECUTION -> "指标得分与预算执行率不匹配";
            case ALL_FULL_MARKS -> "部门自评均为满分";
        };
    }

    public static String label(FlagCode.Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "提示";
        };
    }
}
