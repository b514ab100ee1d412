package org.perfeval.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The findings rules' thresholds from configuration ({@code PERFEVAL_FINDING_*}), cases/FORMAT.md's where unset. */
@ApplicationScoped
public class FindingThresholdsConfig {

    @Inject
    @ConfigProperty(name = "PERFEVAL_FINDING_BUDGET_EXECUTION_MIN")
    Optional<BigDecimal> budgetExecutionMin;

    @Inject
    @ConfigProperty(name = "PERFEVAL_FINDING_BUDGET_ADJUSTMENT_MAX")
    Optional<BigDecimal> budgetAdjustmentMax;

    @Inject
    @ConfigProperty(name = "PERFEVAL_FINDING_PROCUREMENT_EXECUTION_MIN")
    Optional<BigDecimal> procurementExecutionMin;

    @Inject
    @ConfigProperty(name = "PERFEVAL_FINDING_TARGET_SHARE_MIN")
    Optional<BigDecimal> targetShareMin;

    @Inject
    @ConfigProperty(name = "PERFEVAL_WARNING_OVER_TARGET_FACTOR")
    Optional<BigDecimal> overTargetFactor;

    @Produces
    public FindingThresholds thresholds() {
        FindingThresholds d = FindingThresholds.DEFAULTS;
        return new FindingThresholds(budgetExecutionMin.orElse(d.budgetExecutionMin()),
                budgetAdjustmentMax.orElse(d.budgetAdjustmentMax()),
                procurementExecutionMin.orElse(d.procurementExecutionMin()),
                targetShareMin.orElse(d.targetShareMin()),
                overTargetFactor.orElse(d.overTargetFactor()));
    }
}
