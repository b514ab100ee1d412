package org.perfeval.scoring;

import org.perfeval.common.Score;
import org.perfeval.indicator.Indicator;

/**
 * How one indicator scored: the points, the rule that gave them and a one-line Chinese explanation
 * (the 扣分原因 column of a report's scoring table).
 */
public record IndicatorResult(Indicator indicator, String part, Score score, Method method, String explanation) {

    /** The rule that produced a score. */
    public enum Method { PROPORTIONAL, EQUALITY, QUALITATIVE, TIERED, OVERRIDE, NOT_APPLICABLE }

    public boolean applicable() {
        return method != Method.NOT_APPLICABLE;
    }
}
