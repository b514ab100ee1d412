package org.perfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A score or weight in points; printed tables round each indicator to 2 decimals, HALF_UP. */
public record Points(BigDecimal value) {

    public static final Points ZERO = new Points(BigDecimal.ZERO);

    public Points {
        if (value == null) {
            throw new IllegalArgumentException("points required");
        }
    }

    public static Points of(BigDecimal value) {
        return new Points(value);
    }

    public Points rounded() {
        return new Points(value.setScale(2, RoundingMode.HALF_UP));
    }

    public Points plus(Points other) {
        return new Points(value.add(other.value));
    }

    /** This many points times a share (0 to 1), capped at this weight. */
    public Points times(BigDecimal share) {
        BigDecimal v = value.multiply(share);
        return new Points(v.compareTo(value) > 0 ? value : v.max(BigDecimal.ZERO));
    }

    public int compareTo(Points other) {
        return value.compareTo(other.value);
    }
}
