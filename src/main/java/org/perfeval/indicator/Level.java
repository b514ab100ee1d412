package org.perfeval.indicator;

import java.math.BigDecimal;

/**
 * The three bands of a qualitative indicator (DESIGN.md): achieved 80 % (inclusive) to 100 % of the
 * weight, partly achieved 60 % (inclusive) to below 80 %, not achieved below 60 %.
 */
public enum Level {
    ACHIEVED("达成", new BigDecimal("0.8"), BigDecimal.ONE, true),
    PARTLY("部分达成", new BigDecimal("0.6"), new BigDecimal("0.8"), false),
    NOT_ACHIEVED("未达成", BigDecimal.ZERO, new BigDecimal("0.6"), false);

    private final String label;
    private final BigDecimal low;
    private final BigDecimal high;
    private final boolean highInclusive;

    Level(String label, BigDecimal low, BigDecimal high, boolean highInclusive) {
        this.label = label;
        this.low = low;
        this.high = high;
        this.highInclusive = highInclusive;
    }

    public String label() {
        return label;
    }

    /** Whether a score that is this share of the weight lies inside the band. */
    public boolean contains(BigDecimal share) {
        return share.compareTo(low) >= 0 && (highInclusive ? share.compareTo(high) <= 0 : share.compareTo(high) < 0);
    }

    public String band() {
        return label + " (" + percent(low) + "%–" + percent(high) + "%" + (highInclusive ? "" : "以下") + ")";
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
