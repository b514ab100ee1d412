package org.perfeval.evaluation;

import java.util.EnumSet;
import java.util.Set;

/** Where an evaluation stands, in lifecycle order (API.md), and where it may go from each stage. */
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

    /** The stages this one may move to (processes/evaluation.bpmn20.xml); a review may send the draft back to scoring. */
    public Set<EvaluationStatus> next() {
        return switch (this) {
            case COMMISSIONED -> EnumSet.of(TARGETS, CANCELLED);
            case TARGETS -> EnumSet.of(DATA_COLLECTION);
            case DATA_COLLECTION -> EnumSet.of(SCORING);
            case SCORING -> EnumSet.of(DRAFT);
            case DRAFT -> EnumSet.of(REVIEW);
            case REVIEW -> EnumSet.of(SCORING, PUBLISHED);
            case PUBLISHED -> EnumSet.of(RECTIFICATION, CLOSED);
            case RECTIFICATION -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(EvaluationStatus.class);
        };
    }

    public boolean mayMoveTo(EvaluationStatus target) {
        return next().contains(target);
    }
}
