package org.perfeval.selfevaluation;

import org.perfeval.common.Score;

/**
 * An indicator of a form after the desk review: its recomputed score (from the target and the
 * actual value when both are numbers, else the printed score capped at the weight).
 */
public record IndicatorReview(FormIndicator indicator, Score recomputed, boolean quantitative) {
}
