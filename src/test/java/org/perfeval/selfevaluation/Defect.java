package org.perfeval.selfevaluation;

import java.util.Optional;

/**
 * A defect {@link FormGenerator} can inject into a clean form: one per form-level {@link FlagCode}
 * (ALL_FULL_MARKS is a department's, not a form's), and an unreadable cell, which the reader must
 * report by sheet and cell instead of reading the form. Declared in the order they are applied when
 * a form gets several: the indicators first, then the weights, then the funds (whose execution rate is
 * set against the indicators' final scores), the total last.
 */
public enum Defect {
    SCORE_OVERSTATED(FlagCode.SCORE_OVERSTATED),
    SCORE_ABOVE_WEIGHT(FlagCode.SCORE_ABOVE_WEIGHT),
    DEDUCTION_WITHOUT_REASON(FlagCode.DEDUCTION_WITHOUT_REASON),
    MISSING_ACTUAL(FlagCode.MISSING_ACTUAL),
    OVERACHIEVED_UNEXPLAINED(FlagCode.OVERACHIEVED_UNEXPLAINED),
    COST_TARGET_DIRECTION(FlagCode.COST_TARGET_DIRECTION),
    NOT_QUANTIFIED(FlagCode.NOT_QUANTIFIED),
    WEIGHTS_NOT_100(FlagCode.WEIGHTS_NOT_100),
    SCORE_EXCEEDS_EXECUTION(FlagCode.SCORE_EXCEEDS_EXECUTION),
    EXECUTION_RATE_MISMATCH(FlagCode.EXECUTION_RATE_MISMATCH),
    EXECUTION_SCORE_MISMATCH(FlagCode.EXECUTION_SCORE_MISMATCH),
    TOTAL_MISMATCH(FlagCode.TOTAL_MISMATCH),
    /** A number cell holding text (十分, abc): the form is not read, the error names sheet and cell. */
    UNREADABLE_CELL(null);

    private final FlagCode flag;

    Defect(FlagCode flag) {
        this.flag = flag;
    }

    /** The flag the desk review must raise for it; empty for an unreadable cell. */
    public Optional<FlagCode> flag() {
        return Optional.ofNullable(flag);
    }
}
