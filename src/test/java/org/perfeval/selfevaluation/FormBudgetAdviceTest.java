package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfeval.selfevaluation.ReviewFixtures.clean;
import static org.perfeval.selfevaluation.ReviewFixtures.desk;
import static org.perfeval.selfevaluation.ReviewFixtures.form;
import static org.perfeval.selfevaluation.ReviewFixtures.onSite;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.BudgetAdvice;
import org.perfeval.scoring.Grade;

/** The budget advice of a reviewed form: graded by its reviewed total, worded as an evaluation's, naming the figures and the errors. */
class FormBudgetAdviceTest {

    @Test
    void theReviewedTotalGradesTheAdviceAndTheTextNamesTheFigures() {
        FormBudgetAdvice clean = FormBudgetAdvice.of(desk(1, clean("甲项目", "甲局")));
        assertEquals(Grade.EXCELLENT, clean.grade());
        assertEquals(BudgetAdvice.PRIORITY, clean.advice());
        assertEquals("自评100分，复核得分100分（书面复核重算），复核等级为优，下一年度预算优先保障；自评表未发现问题", clean.text());

        FormBudgetAdvice rechecked = FormBudgetAdvice.of(onSite(2, form("乙项目", "甲局", 100, 5, "50", null, "100"), "4个", "20", "仅4个"),
                new BigDecimal("15"));
        assertEquals(BudgetAdvice.CUT, rechecked.advice());
        assertTrue(rechecked.onSite());
        assertEquals(0, new BigDecimal("70").compareTo(rechecked.reviewedTotal()));
        assertEquals("自评100分，复核得分70分（现场复核），复核等级为中，下一年度预算压减15%；自评表存在1处错误（指标自评得分偏高），预算安排时从严审核",
                rechecked.text());

        FormBudgetAdvice good = FormBudgetAdvice.of(desk(3, form("丙项目", "乙局", 80, 8, "40", "部分延期", "88")));
        assertEquals(BudgetAdvice.AS_JUSTIFIED, good.advice());
        FormBudgetAdvice claimed = FormBudgetAdvice.of(desk(4, form("丁项目", "乙局", 50, 10, "50", null, "95")));
        assertTrue(claimed.text().endsWith("；自评表有1处需说明的事项（指标得分与预算执行率不匹配），预算申报时应予说明"), claimed.text());
        FormBudgetAdvice poor = FormBudgetAdvice.of(desk(5, form("戊项目", "乙局", 30, 2, "10", "未完成", "53")));
        assertEquals(BudgetAdvice.SUSPEND, poor.advice());
        assertTrue(poor.text().contains("复核等级为差，取消或暂停该项目预算安排"), poor.text());
    }

    @Test
    void theMeasuresReadAsAnEvaluationsBudgetAdvice() {
        BigDecimal cut = new BigDecimal("10");
        for (BudgetAdvice advice : BudgetAdvice.values()) {
            String evaluation = advice.text(cut, true);
            String measure = FormBudgetAdvice.measure(advice, cut);
            String evaluationMeasure = evaluation.substring(evaluation.indexOf('，') + 1, evaluation.indexOf('；'));
            assertEquals(evaluationMeasure.replace("（部门相关支出）", ""), measure, advice.name());
        }
    }

    @Test
    void everyFlagHasItsOwnChineseName() {
        Set<String> labels = new HashSet<>();
        for (FlagCode code : FlagCode.values()) {
            String label = FlagLabels.label(code);
            assertFalse(label.isBlank());
            assertTrue(label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), label);
            labels.add(label);
        }
        assertEquals(FlagCode.values().length, labels.size());
        assertEquals(Set.of("错误", "提示"), new HashSet<>(Arrays.stream(FlagCode.Severity.values()).map(FlagLabels::label).toList()));
    }
}
