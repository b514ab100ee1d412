package org.perfeval.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A rate in percent, 2 decimals HALF_UP, as the reports print it (38.63 means 38.63 %). */
public record Rate(BigDecimal percent) {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    public Rate {
        if (percent == null) {
            throw new IllegalArgumentException("rate required");
        }
    }

    /** numerator / denominator in percent; empty when the denominator is zero. */
    public static Optional<Rate> of(Amount numerator, Amount denominator) {
        if (denominator.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new Rate(numerator.wan().multiply(HUNDRED).divide(denominator.wan(), 2, RoundingMode.HALF_UP)));
    }

    /** The rate as a share of one (38.63 % → 0.3863). */
    public BigDecimal share() {
        return percent.divide(HUNDRED, 10, RoundingMode.HALF_UP);
    }

    public boolean below(BigDecimal threshold) {
        return percent.compareTo(threshold) < 0;
    }

    public boolean above(BigDecimal threshold) {
        return percent.compareTo(threshold) > 0;
    }

    @Override
    public String toString() {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
