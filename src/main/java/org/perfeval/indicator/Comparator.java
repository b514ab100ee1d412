package org.perfeval.indicator;

/** How an actual value is compared to a target value. */
public enum Comparator {
    /** ≥: more is better (a plain number means this). */
    AT_LEAST("≥"),
    /** ≤: less is better (costs). */
    AT_MOST("≤"),
    /** =: exactly the target. */
    EQUAL("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
