package org.perfeval.scoring;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfeval.indicator.Formula;

/**
 * The five financial ratios of DESIGN.md, in percent with 2 decimals (HALF_UP). A ratio whose
 * amounts are missing, or whose denominator is zero, is left out.
 */
public final class Ratios {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Ratios() {
    }

    public static Map<Formula, BigDecimal> of(JsonObject funds) {
        Map<Formula, BigDecimal> ratios = new LinkedHashMap<>();
        if (funds == null) {
            return ratios;
        }
        put(ratios, Formula.BUDGET_EXECUTION_RATE, amount(funds, "expenditure"), amount(funds, "adjustedBudget"));
        BigDecimal initial = amount(funds, "initialBudget");
        BigDecimal adjusted = amount(funds, "adjustedBudget");
        if (initial != null && adjusted != null) {
            put(ratios, Formula.BUDGET_ADJUSTMENT_RATE, adjusted.subtract(initial).abs(), initial);
        }
        put(ratios, Formula.PROCUREMENT_EXECUTION_RATE, amount(funds, "procurementExecuted"), amount(funds, "procurementBudget"));
        put(ratios, Formula.CARRY_OVER_RATE, amount(funds, "carryOver"), amount(funds, "expenditure"));
        put(ratios, Formula.THREE_PUBLIC_CONTROL_RATE, amount(funds, "threePublicActual"), amount(funds, "threePublicBudget"));
        return ratios;
    }

    private static void put(Map<Formula, BigDecimal> ratios, Formula f, BigDecimal numerator, BigDecimal denominator) {
        if (numerator != null && denominator != null && denominator.signum() != 0) {
            ratios.put(f, numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP));
        }
    }

    private static BigDecimal amount(JsonObject funds, String key) {
        return funds.get(key) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
