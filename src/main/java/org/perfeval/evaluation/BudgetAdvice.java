package org.perfeval.evaluation;

import java.math.BigDecimal;
import org.perfeval.scoring.Grade;

/** Results application (结果应用): what a grade means for next year's budget (DESIGN.md). */
public enum BudgetAdvice {
    /** 优: priority funding. */
    PRIORITY,
    /** 良: funded as justified. */
    AS_JUSTIFIED,
    /** 中: cut by a configurable share. */
    CUT,
    /** 差: cancelled or suspended. */
    SUSPEND;

    /** An evaluation without a grade is treated like 差. */
    public static BudgetAdvice forGrade(Grade grade) {
        if (grade == null) {
            return SUSPEND;
        }
        return switch (grade) {
            case EXCELLENT -> PRIORITY;
            case GOOD -> AS_JUSTIFIED;
            case FAIR -> CUT;
            case POOR -> SUSPEND;
        };
    }

    /** The advice as a bureau would write it. */
    public String text(BigDecimal fairCutPercent, boolean rectifiedOnTime) {
        String base = switch (this) {
            case PRIORITY -> "评价等级为优，下一年度预算优先保障";
            case AS_JUSTIFIED -> "评价等级为良，下一年度预算按实际需要合理安排";
            case CUT -> "评价等级为中，下一年度预算压减" + fairCutPercent.stripTrailingZeros().toPlainString() + "%";
            case SUSPEND -> "评价等级为差，取消或暂停该项目（部门相关支出）预算安排";
        };
        return base + (rectifiedOnTime ? "；整改按期完成" : "；整改未按期完成，预算安排时从严审核");
    }
}
