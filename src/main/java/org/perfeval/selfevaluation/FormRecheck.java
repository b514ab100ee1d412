package org.perfeval.selfevaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.perfeval.common.Score;

/**
 * An agency's on-site review of one form: the indicators it rechecked and its opinion. Indicators it
 * did not recheck keep the desk review's recomputed score.
 */
public record FormRecheck(String agency, List<IndicatorRecheck> indicators, String opinion) {

    public FormRecheck {
        indicators = List.copyOf(indicators);
    }

    public Map<String, IndicatorRecheck> byPath() {
        return indicators.stream().collect(Collectors.toMap(IndicatorRecheck::path, Function.identity(), (a, b) -> b));
    }

    /** The reviewed total: the recomputed execution score and each indicator's reviewed (or recomputed) score. */
    public Score total(FormReview desk) {
        Map<String, IndicatorRecheck> rechecked = byPath();
        Score total = desk.executionScore();
        for (IndicatorReview i : desk.indicators()) {
            IndicatorRecheck r = rechecked.get(i.indicator().key());
            total = total.plus(r == null ? i.recomputed() : r.reviewedScore());
        }
        return total;
    }
}
