package org.perfeval.selfevaluation;

import java.math.BigDecimal;

/**
 * The parts of the desk review a batch may configure (forms/FORMAT.md, marked *): how a missed ≤
 * target scores, how far a ≥ target may be exceeded before an explanation is expected, and how far
 * claimed performance may run ahead of the execution rate.
 *
 * @param overachievedAtPercent actual / target in percent from which exceeding wants an explanation (130)
 * @param executionGapPoints points by which the indicators' printed share may exceed the execution rate (20)
 */
public record ReviewRules(AtMostScoring atMost, BigDecimal overachievedAtPercent, BigDecimal executionGapPoints) {

    /** A missed ≤ target (a cost above its ceiling): weight × target / actual, or nothing. */
    public enum AtMostScoring { PROPORTIONAL, ZERO }

    public static final ReviewRules DEFAULTS = new ReviewRules(AtMostScoring.PROPORTIONAL, new BigDecimal("130"),
            new BigDecimal("20"));

    public ReviewRules {
        if (atMost == null || overachievedAtPercent == null || executionGapPoints == null) {
            throw new IllegalArgumentException("every rule needs a value");
        }
    }
}
