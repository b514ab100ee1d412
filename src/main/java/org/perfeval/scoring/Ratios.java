package org.perfeval.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.perfeval.common.Amount;
import org.perfeval.common.Rate;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Funds;

/**
 * The five financial ratios of DESIGN.md in percent, 2 decimals HALF_UP. A ratio whose amounts are
 * missing, or whose denominator is zero, is left out. The adjustment rate takes the absolute
 * difference between adjusted and initial budget.
 */
public final class Ratios {

    private Ratios() {
    }

    public static Map<Formula, Rate> of(Funds funds) {
        Map<Formula, Rate> ratios = new EnumMap<>(Formula.class);
        for (Formula f : Formula.values()) {
            rate(f, funds).ifPresent(r -> ratios.put(f, r));
        }
        return ratios;
    }

    static Optional<Rate> rate(Formula formula, Funds funds) {
        Optional<Amount> numerator = funds.get(formula.numerator());
        Optional<Amount> denominator = funds.get(formula.denominator());
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        Amount top = formula == Formula.BUDGET_ADJUSTMENT_RATE
                ? numerator.get().minus(denominator.get()).abs() : numerator.get();
        return Rate.of(top, denominator.get());
    }
}
