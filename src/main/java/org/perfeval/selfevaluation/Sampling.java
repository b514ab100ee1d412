package org.perfeval.selfevaluation;

import java.math.BigDecimal;

/**
 * How the forms for the on-site review were chosen, recorded so that the draw can be reproduced and
 * audited: every form with an error flag, the {@code largest} largest budgets, and a seeded random
 * {@code share} (percent) of the rest; then the bureau's own additions and removals.
 */
public record Sampling(int withErrors, int largest, BigDecimal share, long seed, int drawn, int added, int removed,
                       int selected) {
}
