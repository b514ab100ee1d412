package org.perfeval.selfevaluation;

import java.math.BigDecimal;

/**
 * The fixed bands of the deviation distribution, by the printed total's deviation from the reviewed
 * total in percent: understated (below 0), then 0–5, 5–10, 10–20 and 20 or more, each band
 * including its lower bound. Forms without a deviation (no printed total) fall in none.
 */
public enum DeviationBucket {
    BELOW_ZERO("<0%", null),
    UP_TO_5("0–5%", BigDecimal.ZERO),
    UP_TO_10("5–10%", new BigDecimal(5)),
    UP_TO_20("10–20%", BigDecimal.TEN),
    FROM_20("≥20%", new BigDecimal(20));

    private final String label;
    private final BigDecimal from;

    DeviationBucket(String label, BigDecimal from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public static DeviationBucket of(BigDecimal deviation) {
        DeviationBucket[] all = values();
        for (int i = all.length - 1; i > 0; i--) {
            if (deviation.compareTo(all[i].from) >= 0) {
                return all[i];
            }
        }
        return BELOW_ZERO;
    }
}
