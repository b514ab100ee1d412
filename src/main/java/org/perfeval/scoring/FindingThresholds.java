package org.perfeval.scoring;

import java.math.BigDecimal;

/**
 * Thresholds of the default findings rules (cases/FORMAT.md), in percent except the target share.
 *
 * @param budgetExecutionMin    BUDGET_EXECUTION_LOW below this 预算执行率
 * @param budgetAdjustmentMax   BUDGET_ADJUSTMENT_HIGH above this 预算调整率
 * @param procurementExecutionMin PROCUREMENT_EXECUTION_LOW below this 政府采购执行率
 * @param targetShareMin        TARGET_NOT_MET when an indicator scores below this share of its weight
 * @param overTargetFactor      warning when an actual reaches this multiple of its ≥ target
 */
public record FindingThresholds(BigDecimal budgetExecutionMin, BigDecimal budgetAdjustmentMax,
                                BigDecimal procurementExecutionMin, BigDecimal targetShareMin,
                                BigDecimal overTargetFactor) {

    public static final FindingThresholds DEFAULTS = new FindingThresholds(new BigDecimal(90), new BigDecimal(10),
            new BigDecimal(80), new BigDecimal("0.6"), new BigDecimal("1.3"));
}
