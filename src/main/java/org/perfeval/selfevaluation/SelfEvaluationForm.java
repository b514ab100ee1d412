package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project self-evaluation form (项目支出绩效自评表, forms/FORMAT.md) as a budget unit filled it: the
 * facts, and the figures it printed, which the desk review recomputes from the facts.
 *
 * @param printedTotal the printed 总分, null when left blank
 */
public record SelfEvaluationForm(int year, String project, String department, String unit, FormFunds funds,
                                 String expectedGoal, String actualGoal, List<FormIndicator> indicators,
                                 BigDecimal printedTotal) {

    public SelfEvaluationForm {
        indicators = List.copyOf(indicators);
    }
}
