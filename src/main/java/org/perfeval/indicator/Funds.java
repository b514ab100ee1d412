package org.perfeval.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.common.Amount;

/** The funds of a score sheet in 万元, by the field names of cases/FORMAT.md; every amount optional. */
public record Funds(Map<String, Amount> amounts) {

    /** The known fields, in the order reports and exports list them. */
    public static final List<String> FIELDS = List.of("initialBudget", "adjustedBudget", "expenditure",
            "basicExpenditure", "projectExpenditure", "procurementBudget", "procurementExecuted", "carryOver",
            "threePublicBudget", "threePublicActual");

    public static final Funds NONE = new Funds(Map.of());

    public Funds {
        // kept in the order of FIELDS, so that a stored sheet and the API list them alike
        Map<String, Amount> ordered = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (amounts.containsKey(field)) {
                ordered.put(field, amounts.get(field));
            }
        }
        amounts = java.util.Collections.unmodifiableMap(ordered);
    }

    public Optional<Amount> get(String field) {
        return Optional.ofNullable(amounts.get(field));
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }
}
