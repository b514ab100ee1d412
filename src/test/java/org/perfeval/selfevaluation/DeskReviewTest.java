package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.Amount;
import org.perfeval.common.FieldError;
import org.perfeval.common.Weight;
import org.perfeval.json.SelfEvaluationFormJson;

/**
 * The desk review against forms/sample-expected.json (the three sample forms: recomputed rate,
 * total and deviation, and exactly the expected flags by code and path), and each rule of
 * forms/FORMAT.md that the samples do not reach, one defect at a time with nothing else flagged.
 */
class DeskReviewTest {

    private static JsonArray json(String resource) throws Exception {
        try (InputStream in = DeskReviewTest.class.getResourceAsStream(resource)) {
            return Json.createReader(in).readArray();
        }
    }

    private static List<SelfEvaluationForm> sampleForms() throws Exception {
        JsonArray forms = json("/forms/sample.json");
        List<SelfEvaluationForm> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            List<FieldError> errors = new ArrayList<>();
            SelfEvaluationForm f = SelfEvaluationFormJson.read(forms.get(i), "forms[" + i + "]", errors);
            assertEquals(List.of(), errors);
            out.add(f);
        }
        return out;
    }

    @Test
    void theSampleFormsGiveExactlyWhatIsExpected() throws Exception {
        List<SelfEvaluationForm> forms = sampleForms();
        JsonArray expected = json("/forms/sample-expected.json");
        assertEquals(expected.size(), forms.size());
        for (int i = 0; i < forms.size(); i++) {
            JsonObject e = expected.getJsonObject(i);
            FormReview r = DeskReview.of(forms.get(i), ReviewRules.DEFAULTS);
            String project = e.getString("project");
            assertEquals(project, r.form().project());
            assertEquals(0, e.getJsonNumber("executionRate").bigDecimalValue().compareTo(r.executionRate().percent()), project);
            assertEquals(0, e.getJsonNumber("recomputedTotal").bigDecimalValue().compareTo(r.recomputedTotal().points()), project);
            assertEquals(0, e.getJsonNumber("deviation").bigDecimalValue().compareTo(r.deviation()), project);
            assertEquals(e.getJsonArray("flags").stream().map(JsonObject.class::cast)
                            .map(f -> f.getString("code") + " " + f.getString("path")).toList(),
                    r.flags().stream().map(f -> f.code() + " " + f.path()).toList(), project);
            r.flags().forEach(f -> assertTrue(f.message().matches(".*\\d.*"), "the message names the figures: " + f.message()));
        }
    }

    @Test
    void messagesNameTheFigures() throws Exception {
        FormReview second = DeskReview.of(sampleForms().get(1), ReviewRules.DEFAULTS);
        Flag overstated = second.flags().stream().filter(f -> f.code() == FlagCode.SCORE_OVERSTATED).findFirst().orElseThrow();
        assertEquals("得分填报为15分，按年度指标值≥12处、实际完成值7处计算应为8.75分", overstated.message());
        Flag execution = second.flags().stream().filter(f -> f.code() == FlagCode.EXECUTION_SCORE_MISMATCH).findFirst().orElseThrow();
        assertEquals("执行率得分填报为10分，按分值10 × 执行率50%计算应为5分", execution.message());
    }

    /** A clean form of the samples' shape: 执行率 100%, every indicator met and full marks. */
    private static SelfEvaluationForm clean(List<FormIndicator> indicators, BigDecimal total) {
        return new SelfEvaluationForm(2023, "测试项目", "测试部门", "测试单位",
                new FormFunds(new Amount(new BigDecimal("100")), new Amount(new BigDecimal("100")), new Amount(new BigDecimal("100")),
                        new Weight(BigDecimal.TEN), new BigDecimal("100"), BigDecimal.TEN),
                "目标", "完成", indicators, total);
    }

    private static FormIndicator ind(String second, String name, String target, String actual, int weight, String printed,
                                     String explanation) {
        return new FormIndicator(List.of("产出指标", second, name), target, actual, new Weight(BigDecimal.valueOf(weight)),
                printed == null ? null : new BigDecimal(printed), explanation);
    }

    /** The flags of a form whose one varied indicator is {@code varied}, the rest making the weights 100. */
    private static List<String> flagsWith(FormIndicator varied, ReviewRules rules) {
        List<FormIndicator> all = new ArrayList<>(List.of(ind("质量指标", "验收合格率", "100%", "100%", 40, "40", null), varied));
        BigDecimal total = BigDecimal.TEN.add(new BigDecimal("40"))
                .add(varied.printedScore() == null ? BigDecimal.ZERO : varied.printedScore());
        return DeskReview.of(clean(all, total), rules).flags().stream().map(f -> f.code() + " " + f.path()).toList();
    }

    @Test
    void eachRuleFlagsItsDefectAndNothingElse() {
        ReviewRules d = ReviewRules.DEFAULTS;
        assertEquals(List.of(), flagsWith(ind("数量指标", "数量", "≥10个", "10个", 50, "50", null), d), "a clean form");
        assertEquals(List.of("SCORE_ABOVE_WEIGHT 产出指标/效益指标/机制"),
                flagsWith(ind("效益指标", "机制", "健全", "健全", 50, "55", null), d));
        assertEquals(List.of("MISSING_ACTUAL 产出指标/数量指标/数量"), flagsWith(ind("数量指标", "数量", "≥10个", "", 50, "50", null), d));
        assertEquals(List.of("NOT_QUANTIFIED 产出指标/数量指标/数量"), flagsWith(ind("数量指标", "数量", "较多", "较多", 50, "50", null), d));
        assertEquals(List.of("DEDUCTION_WITHOUT_REASON 产出指标/效益指标/机制"),
                flagsWith(ind("效益指标", "机制", "健全", "基本健全", 50, "45", " "), d));
        assertEquals(List.of(), flagsWith(ind("效益指标", "机制", "健全", "基本健全", 50, "45", "管护制度尚未印发"), d),
                "a deduction with its reason");
        assertEquals(List.of("OVERACHIEVED_UNEXPLAINED 产出指标/数量指标/数量"),
                flagsWith(ind("数量指标", "数量", "≥10个", "13个", 50, "50", null), d));
        assertEquals(List.of(), flagsWith(ind("数量指标", "数量", "≥10个", "12.9个", 50, "50", null), d), "below 130%");
        assertEquals(List.of(), flagsWith(ind("数量指标", "数量", "≥10个", "13个", 50, "50", null),
                new ReviewRules(ReviewRules.AtMostScoring.PROPORTIONAL, new BigDecimal("150"), new BigDecimal("20"))),
                "the batch's own threshold");
        assertEquals(List.of("COST_TARGET_DIRECTION 产出指标/成本指标/成本"),
                flagsWith(ind("成本指标", "成本", "不低于10万元", "12万元", 50, "50", null), d));
        assertEquals(List.of(), flagsWith(ind("成本指标", "成本", "≤10万元", "10万元", 50, "50", null), d));
        // a missed ceiling: in proportion by default, nothing under the batch's strict variant
        assertEquals(List.of("SCORE_OVERSTATED 产出指标/成本指标/成本"),
                flagsWith(ind("成本指标", "成本", "≤10万元", "12.5万元", 50, "50", null), d));
        assertEquals(List.of(), flagsWith(ind("成本指标", "成本", "≤10万元", "12.5万元", 50, "40", "超支原因：材料涨价"), d),
                "50 × 10 / 12.5 = 40 is what it printed");
        ReviewRules strict = new ReviewRules(ReviewRules.AtMostScoring.ZERO, new BigDecimal("130"), new BigDecimal("20"));
        assertEquals(List.of("SCORE_OVERSTATED 产出指标/成本指标/成本"),
                flagsWith(ind("成本指标", "成本", "≤10万元", "12.5万元", 50, "40", "超支原因：材料涨价"), strict));
        assertEquals(List.of("SCORE_OVERSTATED 产出指标/时效指标/及时率"),
                flagsWith(ind("时效指标", "及时率", "=100%", "99%", 50, "50", null), d), "= misses by any amount");
    }

    @Test
    void wholeFormRules() {
        List<FormIndicator> met = List.of(ind("数量指标", "数量", "≥10个", "10个", 90, "90", null));
        assertEquals(List.of(), DeskReview.of(clean(met, new BigDecimal("100")), ReviewRules.DEFAULTS).flags());
        assertEquals(List.of("TOTAL_MISMATCH 总分"), DeskReview.of(clean(met, new BigDecimal("98")), ReviewRules.DEFAULTS).flags()
                .stream().map(f -> f.code() + " " + f.path()).toList());
        List<FormIndicator> eighty = List.of(ind("数量指标", "数量", "≥10个", "10个", 80, "80", null));
        assertEquals(List.of("WEIGHTS_NOT_100 "), DeskReview.of(clean(eighty, new BigDecimal("90")), ReviewRules.DEFAULTS).flags()
                .stream().map(f -> f.code() + " " + f.path()).toList());
        FormReview noTotal = DeskReview.of(clean(met, null), ReviewRules.DEFAULTS);
        assertNull(noTotal.deviation(), "no printed total, no deviation");
        assertNotNull(noTotal.executionRate());
    }

    @Test
    void aDepartmentWhoseThreeFormsAllScore100IsFlagged() throws Exception {
        List<FormIndicator> met = List.of(ind("数量指标", "数量", "≥10个", "10个", 90, "90", null));
        FormReview full = DeskReview.of(clean(met, new BigDecimal("100")), ReviewRules.DEFAULTS);
        assertEquals(List.of("测试部门"), List.copyOf(DeskReview.departmentFlags(List.of(full, full, full)).keySet()));
        assertEquals(FlagCode.ALL_FULL_MARKS, DeskReview.departmentFlags(List.of(full, full, full)).get("测试部门").code());
        assertTrue(DeskReview.departmentFlags(List.of(full, full)).isEmpty(), "two forms are not enough");
        FormReview ninetyNine = DeskReview.of(clean(met, new BigDecimal("99")), ReviewRules.DEFAULTS);
        assertTrue(DeskReview.departmentFlags(List.of(full, full, ninetyNine)).isEmpty());
        // the samples: one department, three forms, not all 100
        assertTrue(DeskReview.departmentFlags(sampleForms().stream().map(f -> DeskReview.of(f, ReviewRules.DEFAULTS)).toList())
                .isEmpty());
    }
}
