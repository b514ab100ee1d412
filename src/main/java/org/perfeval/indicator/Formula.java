package org.perfeval.indicator;

/** Indicators whose value is a ratio computed from the funds (DESIGN.md, financial ratios). */
public enum Formula {
    BUDGET_EXECUTION_RATE("budgetExecutionRate", "预算执行率", true, "expenditure", "adjustedBudget"),
    BUDGET_ADJUSTMENT_RATE("budgetAdjustmentRate", "预算调整率", false, "adjustedBudget", "initialBudget"),
    PROCUREMENT_EXECUTION_RATE("procurementExecutionRate", "政府采购执行率", true, "procurementExecuted", "procurementBudget"),
    CARRY_OVER_RATE("carryOverRate", "结转结余率", false, "carryOver", "expenditure"),
    THREE_PUBLIC_CONTROL_RATE("threePublicControlRate", "三公经费控制率", false, "threePublicActual", "threePublicBudget");

    private final String ratioKey;
    private final String label;
    private final boolean higherIsBetter;
    private final String numerator;
    private final String denominator;

    Formula(String ratioKey, String label, boolean higherIsBetter, String numerator, String denominator) {
        this.ratioKey = ratioKey;
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The funds field divided (numerator) … */
    public String numerator() {
        return numerator;
    }

    /** … by this one (denominator). */
    public String denominator() {
        return denominator;
    }

    public static java.util.Optional<Formula> byRatioKey(String key) {
        for (Formula f : values()) {
            if (f.ratioKey.equals(key)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    public String ratioKey() {
        return ratioKey;
    }

    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public static boolean known(String name) {
        for (Formula f : values()) {
            if (f.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
