package org.perfeval.scoring;

import java.util.List;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;
import org.perfeval.indicator.Indicator;

/**
 * How one indicator scored: the points, the rule that gave them and a one-line Chinese explanation
 * (the 扣分原因 column of a report's scoring table). It names its indicator by path and weight, so
 * that a stored result stands on its own.
 */
public record IndicatorResult(List<String> path, Weight weight, String part, Score score, Method method, String explanation) {

    /** The rule that produced a score. */
    public enum Method { PROPORTIONAL, EQUALITY, QUALITATIVE, TIERED, OVERRIDE, NOT_APPLICABLE }

    public IndicatorResult {
        path = List.copyOf(path);
    }

    static IndicatorResult of(Indicator ind, String part, Score score, Method method, String explanation) {
        return new IndicatorResult(ind.path(), ind.weight(), part, score, method, explanation);
    }

    public String name() {
        return path.get(path.size() - 1);
    }

    public boolean applicable() {
        return method != Method.NOT_APPLICABLE;
    }

    /** Points were deducted: the report's scoring table gives the reason. */
    public boolean deducted() {
        return score.below(weight);
    }
}
