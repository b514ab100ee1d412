package org.perfeval.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A score in points, always rounded to 2 decimals HALF_UP: each indicator is rounded on its own and
 * totals are sums of rounded scores, as printed tables add up.
 */
public record Score(BigDecimal points) {

    public static final Score ZERO = new Score(BigDecimal.ZERO);

    public Score {
        if (points == null) {
            throw new IllegalArgumentException("score required");
        }
        points = points.setScale(2, RoundingMode.HALF_UP);
    }

    public static Score of(BigDecimal raw) {
        return new Score(raw);
    }

    public static Score of(String raw) {
        return new Score(new BigDecimal(raw));
    }

    public static Score full(Weight weight) {
        return new Score(weight.points());
    }

    public Score plus(Score other) {
        return new Score(points.add(other.points));
    }

    public boolean below(Weight weight) {
        return points.compareTo(weight.points().setScale(2, RoundingMode.HALF_UP)) < 0;
    }

    /** Share of the weight this score reaches (1 for a zero weight). */
    public BigDecimal shareOf(Weight weight) {
        return weight.isZero() ? BigDecimal.ONE : points.divide(weight.points(), 10, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return points.stripTrailingZeros().toPlainString();
    }
}
