package org.perfeval.indicator;

import java.math.BigDecimal;

/** One tier of a tiered rule (分档): rates up to {@code upTo} (inclusive; null for the last tier) earn {@code share} of the weight. */
public record Tier(BigDecimal upTo, BigDecimal share) {
}
