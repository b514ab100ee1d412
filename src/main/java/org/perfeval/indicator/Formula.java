package org.perfeval.indicator;

/** Indicators whose value is a ratio computed from the funds (DESIGN.md, financial ratios). */
public enum Formula {
    BUDGET_EXECUTION_RATE("budgetExecutionRate", "预算执行率", true),
    BUDGET_ADJUSTMENT_RATE("budgetAdjustmentRate", "预算调整率", false),
    PROCUREMENT_EXECUTION_RATE("procurementExecutionRate", "政府采购执行率", true),
    CARRY_OVER_RATE("carryOverRate", "结转结余率", false),
    THREE_PUBLIC_CONTROL_RATE("threePublicControlRate", "三公经费控制率", false);

    private final String ratioKey;
    private final String label;
    private final boolean higherIsBetter;

    Formula(String ratioKey, String label, boolean higherIsBetter) {
        this.ratioKey = ratioKey;
        this.label = label;
        this.higherIsBetter = higherIsBetter;
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
