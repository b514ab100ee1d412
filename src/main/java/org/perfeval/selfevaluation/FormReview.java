package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.List;
import org.perfeval.common.Rate;
import org.perfeval.common.Score;

/**
 * What the desk review makes of one form: the recomputed execution rate and its score, each
 * indicator's recomputed score, the recomputed total, the deviation of the printed total from it
 * in percent, and the flags, ordered by code and path.
 *
 * @param executionRate null when the annual budget is zero
 * @param deviation null when no total was printed (or it was zero)
 */
public record FormReview(SelfEvaluationForm form, Rate executionRate, Score executionScore,
                         List<IndicatorReview> indicators, Score recomputedTotal, BigDecimal deviation, List<Flag> flags) {

    public FormReview {
        indicators = List.copyOf(indicators);
        flags = List.copyOf(flags);
    }

    public boolean hasErrors() {
        return flags.stream().anyMatch(f -> f.severity() == FlagCode.Severity.ERROR);
    }

    /** Self-scored full marks: the printed total is 100. */
    public boolean fullMarks() {
        return form.printedTotal() != null && form.printedTotal().compareTo(DeskReview.HUNDRED) == 0;
    }
}
