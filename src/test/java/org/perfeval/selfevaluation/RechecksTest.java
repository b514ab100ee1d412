package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.Amount;
import org.perfeval.common.FieldError;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;

class RechecksTest {

    private static final String COUNT = "产出指标/数量指标/维修改造供水工程数量";
    private static final String RATE = "产出指标/质量指标/工程验收合格率";

    private static final SelfEvaluationForm FORM = new SelfEvaluationForm(2023, "农村饮水安全巩固提升工程", "晋中开发区农业农村局",
            null, new FormFunds(new Amount(new BigDecimal("120")), new Amount(new BigDecimal("120")),
            new Amount(new BigDecimal("115.06")), new Weight(BigDecimal.TEN), null, null), null, null,
            List.of(new FormIndicator(List.of("产出指标", "数量指标", "维修改造供水工程数量"), "≥12处", "12处",
                            new Weight(new BigDecimal("15")), new BigDecimal("15"), null),
                    new FormIndicator(List.of("产出指标", "质量指标", "工程验收合格率"), "100%", "100%",
                            new Weight(new BigDecimal("75")), new BigDecimal("75"), null)), null);

    private static IndicatorRecheck r(String path, String actual, String score, String reason) {
        return new IndicatorRecheck(path, actual, Score.of(score), reason, List.of());
    }

    private static List<String> paths(IndicatorRecheck... rechecks) {
        return Rechecks.problems(FORM, new FormRecheck("机构", List.of(rechecks), null)).stream().map(FieldError::path).toList();
    }

    @Test
    void everyIndicatorOnceWithinItsWeightAndAReasonForEachChange() {
        assertEquals(List.of(), paths(r(COUNT, "12处", "15", null), r(RATE, "100%", "75", null)), "agreeing needs no reason");
        assertEquals(List.of(), paths(r(COUNT, "10处", "12.5", "现场核实完成10处"), r(RATE, "100%", "75", null)));
        assertEquals(List.of("indicators[0].reason"), paths(r(COUNT, "10处", "12.5", " "), r(RATE, "100%", "75", null)));
        assertEquals(List.of("indicators[1].reason"), paths(r(COUNT, "12处", "15", null), r(RATE, "95%", "75", null)),
                "a changed value alone needs its reason too");
        assertEquals(List.of("indicators[0].reviewedScore"), paths(r(COUNT, "12处", "15.01", "多"), r(RATE, "100%", "75", null)));
        assertEquals(List.of("indicators"), paths(r(COUNT, "12处", "15", null)), "an indicator left out");
        assertEquals(List.of("indicators[1].path", "indicators"), paths(r(COUNT, "12处", "15", null),
                r("产出指标/质量指标/不存在", "1", "1", "x")));
        assertEquals(List.of("indicators[2].path"), paths(r(COUNT, "12处", "15", null), r(RATE, "100%", "75", null),
                r(COUNT, "12处", "15", null)), "named twice");
    }
}
