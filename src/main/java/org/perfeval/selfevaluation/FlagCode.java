package org.perfeval.selfevaluation;

/** What the desk review flags in a form (forms/FORMAT.md, Flags), each with its severity. */
public enum FlagCode {
    EXECUTION_RATE_MISMATCH(Severity.ERROR),
    EXECUTION_SCORE_MISMATCH(Severity.ERROR),
    SCORE_OVERSTATED(Severity.ERROR),
    SCORE_ABOVE_WEIGHT(Severity.ERROR),
    TOTAL_MISMATCH(Severity.ERROR),
    WEIGHTS_NOT_100(Severity.ERROR),
    DEDUCTION_WITHOUT_REASON(Severity.WARNING),
    MISSING_ACTUAL(Severity.WARNING),
    OVERACHIEVED_UNEXPLAINED(Severity.WARNING),
    COST_TARGET_DIRECTION(Severity.WARNING),
    NOT_QUANTIFIED(Severity.WARNING),
    SCORE_EXCEEDS_EXECUTION(Severity.WARNING),
    /** Department level: three or more forms in the batch, every one self-scored 100. */
    ALL_FULL_MARKS(Severity.WARNING);

    public enum Severity { ERROR, WARNING }

    private final Severity severity;

    FlagCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
