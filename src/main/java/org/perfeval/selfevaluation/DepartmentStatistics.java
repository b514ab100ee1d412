package org.perfeval.selfevaluation;

import java.math.BigDecimal;

/**
 * A department's forms in the review's figures: how many, flagged, with errors and reviewed on
 * site; the averages of the printed, recomputed and reviewed totals and of the deviation (percent,
 * printed against reviewed), null when no form gives one; the share of forms self-scored 100 (percent).
 * Every figure is rounded to 2 decimals HALF_UP.
 */
public record DepartmentStatistics(String department, int forms, int flagged, int withErrors, int onSite,
                                   BigDecimal averagePrinted, BigDecimal averageRecomputed, BigDecimal averageReviewed,
                                   BigDecimal averageDeviation, BigDecimal fullMarksShare) {
}
