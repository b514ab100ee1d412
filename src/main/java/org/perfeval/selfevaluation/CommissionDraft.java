package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A key evaluation (重点评价) proposed from the review's results, ready for the commission form: its
 * title, year and kind, the department to evaluate (and whether the directory knows it), the basis,
 * the budget it covers (万元) and the findings that suggest it.
 *
 * @param kind PROJECT for one form, DEPARTMENT for a department's whole spending
 */
public record CommissionDraft(String title, int year, String kind, String subject, boolean subjectKnown, String basis,
                              BigDecimal budget, List<String> reasons) {

    public CommissionDraft {
        reasons = List.copyOf(reasons);
    }
}
