package org.perfeval.selfevaluation;

import java.math.BigDecimal;

/**
 * A department's readable forms in a batch, in figures: how many, how many flagged and with errors,
 * how many self-scored 100, the budget they cover (万元), and the averages of the printed and
 * recomputed totals and of the deviation (null when no form gives one).
 */
public record DepartmentFigures(String department, int forms, int flagged, int withErrors, int fullMarks,
                                BigDecimal budget, BigDecimal averagePrinted, BigDecimal averageRecomputed,
                                BigDecimal averageDeviation) {

    /** ALL_FULL_MARKS (forms/FORMAT.md): three or more forms in the batch, every one self-scored 100. */
    public boolean allFullMarks() {
        return forms >= 3 && fullMarks == forms;
    }

    public Flag departmentFlag() {
        return allFullMarks() ? new Flag(FlagCode.ALL_FULL_MARKS, "", department + "的" + forms + "份自评表均自评100分") : null;
    }
}
