package org.perfeval.indicator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perfeval.common.Amount;

/** The funds of a score sheet in 万元, by the field names of cases/FORMAT.md; every amount optional. */
public record Funds(Map<String, Amount> amounts) {

    public static final Set<String> FIELDS = Set.of("initialBudget", "adjustedBudget", "expenditure",
            "basicExpenditure", "projectExpenditure", "procurementBudget", "procurementExecuted", "carryOver",
            "threePublicBudget", "threePublicActual");

    public static final Funds NONE = new Funds(Map.of());

    public Funds {
        amounts = Map.copyOf(amounts);
    }

    public Optional<Amount> get(String field) {
        return Optional.ofNullable(amounts.get(field));
    }
}
