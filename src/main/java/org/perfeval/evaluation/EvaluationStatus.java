package org.perfeval.evaluation;

/** Where an evaluation stands, in lifecycle order (API.md). */
public enum EvaluationStatus {
    COMMISSIONED("已委托"),
    TARGETS("目标设定"),
    DATA_COLLECTION("数据采集"),
    SCORING("评分"),
    DRAFT("报告起草"),
    REVIEW("审核"),
    PUBLISHED("已发布"),
    RECTIFICATION("整改中"),
    CLOSED("已关闭"),
    CANCELLED("已取消");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
