package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A mean kept as a sum and a count, so that a batch streams through it; blanks are not counted. */
final class RunningAverage {

    private BigDecimal sum = BigDecimal.ZERO;
    private int count;

    void add(BigDecimal value) {
        if (value != null) {
            sum = sum.add(value);
            count++;
        }
    }

    /** 2 decimals HALF_UP; null when nothing was counted. */
    BigDecimal value() {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
