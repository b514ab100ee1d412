package org.perfeval.common;

import java.math.BigDecimal;

/** An indicator's weight (分值) in points. */
public record Weight(BigDecimal points) {

    public static final Weight ZERO = new Weight(BigDecimal.ZERO);

    public Weight {
        if (points == null) {
            throw new IllegalArgumentException("weight required");
        }
    }

    public Weight plus(Weight other) {
        return new Weight(points.add(other.points));
    }

    /** This weight times a share between 0 and 1, unrounded; never above the weight nor below zero. */
    public BigDecimal portion(BigDecimal share) {
        BigDecimal v = points.multiply(share);
        return v.compareTo(points) > 0 ? points : v.max(BigDecimal.ZERO);
    }

    public boolean isZero() {
        return points.signum() == 0;
    }

    @Override
    public String toString() {
        return points.stripTrailingZeros().toPlainString();
    }
}
