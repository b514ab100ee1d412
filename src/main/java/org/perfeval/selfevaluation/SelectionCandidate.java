package org.perfeval.selfevaluation;

import java.math.BigDecimal;

/** A readable form as the on-site selection sees it: its id, its annual budget (万元) and whether it has an error flag. */
public record SelectionCandidate(long id, BigDecimal annualBudget, boolean hasErrors) {
}
