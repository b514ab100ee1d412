package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import org.perfeval.common.Amount;
import org.perfeval.common.Weight;

/**
 * The 项目资金 block of a self-evaluation form: the year's budget and spending (万元), the weight of
 * the execution rate (分值, usually 10), and the rate and score the unit printed.
 *
 * @param printedRate the printed 执行率 in percent (95.88), null when left blank
 * @param printedScore the printed score of the execution rate, null when left blank
 */
public record FormFunds(Amount initialBudget, Amount annualBudget, Amount expenditure, Weight weight,
                        BigDecimal printedRate, BigDecimal printedScore) {
}
