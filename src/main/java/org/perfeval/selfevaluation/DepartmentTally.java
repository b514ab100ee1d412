package org.perfeval.selfevaluation;

/** The running figures of one department (or, unnamed, of the whole batch) while a batch streams past. */
final class DepartmentTally {

    private final String department;
    private int forms;
    private int flagged;
    private int withErrors;
    private int onSite;
    private int fullMarks;
    private final RunningAverage printed = new RunningAverage();
    private final RunningAverage recomputed = new RunningAverage();
    private final RunningAverage reviewed = new RunningAverage();
    private final RunningAverage deviation = new RunningAverage();

    DepartmentTally(String department) {
        this.department = department;
    }

    void add(FormReview desk, FormOutcome outcome) {
        forms++;
        if (!desk.flags().isEmpty()) {
            flagged++;
        }
        if (desk.hasErrors()) {
            withErrors++;
        }
        if (outcome.onSite()) {
            onSite++;
        }
        if (desk.fullMarks()) {
            fullMarks++;
        }
        printed.add(outcome.printed());
        recomputed.add(outcome.recomputed());
        reviewed.add(outcome.reviewed());
        deviation.add(outcome.deviation());
    }

    /** The batch's totals, from the tally of all its forms. */
    ReviewStatistics.Totals totals(int withoutDeviation) {
        return new ReviewStatistics.Totals(forms, flagged, withErrors, onSite, fullMarks, withoutDeviation, printed.value(),
                recomputed.value(), reviewed.value(), deviation.value());
    }

    DepartmentStatistics statistics() {
        return new DepartmentStatistics(department, forms, flagged, withErrors, onSite, printed.value(), recomputed.value(),
                reviewed.value(), deviation.value(), ReviewStatistics.percent(fullMarks, forms));
    }
}
