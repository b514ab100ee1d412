package org.perfeval.scoring;

import java.math.BigDecimal;

/** Grade bands with inclusive lower bounds: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
public enum Grade {
    EXCELLENT("优", new BigDecimal(90)),
    GOOD("良", new BigDecimal(80)),
    FAIR("中", new BigDecimal(60)),
    POOR("差", BigDecimal.ZERO);

    private final String label;
    private final BigDecimal lowerBound;

    Grade(String label, BigDecimal lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    public String label() {
        return label;
    }

    public static Grade of(BigDecimal total) {
        for (Grade g : values()) {
            if (total.compareTo(g.lowerBound) >= 0) {
                return g;
            }
        }
        return POOR;
    }
}
