package org.perfeval.indicator;

import java.math.BigDecimal;
import java.util.List;

/** The evaluator's judgment of one indicator: a level, a score, or both, and the reason for a deduction. */
public record Judgment(List<String> path, Level level, BigDecimal score, String reason) {

    public Judgment {
        path = List.copyOf(path);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
