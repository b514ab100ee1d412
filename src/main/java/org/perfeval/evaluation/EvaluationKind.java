package org.perfeval.evaluation;

public enum EvaluationKind {
    /** 部门整体支出绩效评价 */
    DEPARTMENT,
    /** 项目支出绩效评价 */
    PROJECT
}
