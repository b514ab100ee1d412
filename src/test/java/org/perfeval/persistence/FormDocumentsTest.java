package org.perfeval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.Amount;
import org.perfeval.common.FieldError;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;
import org.perfeval.selfevaluation.FormFunds;
import org.perfeval.selfevaluation.FormIndicator;
import org.perfeval.selfevaluation.FormRecheck;
import org.perfeval.selfevaluation.IndicatorRecheck;
import org.perfeval.selfevaluation.SelfEvaluationForm;

class FormDocumentsTest {

    /** A form as the Excel reader may give it: no unit, a blank target, an empty explanation, nothing printed. */
    @Test
    void aStoredFormReadsBackWhateverItHolds() {
        SelfEvaluationForm form = new SelfEvaluationForm(2023, "村级公益设施维护项目", "晋中开发区农业农村局", null,
                new FormFunds(new Amount(new BigDecimal("132.81")), new Amount(new BigDecimal("132.81")),
                        new Amount(new BigDecimal("0.1")), new Weight(BigDecimal.TEN), null, null),
                null, "完成", List.of(new FormIndicator(List.of("产出指标", "数量指标", "维修数量"), null, "12处",
                        new Weight(new BigDecimal("90")), null, "")), null);
        FormDocuments.Document d = FormDocuments.read(FormDocuments.write(form, List.of()));
        assertEquals(form, d.form());
        assertEquals(List.of(), d.errors());
    }

    @Test
    void anUnreadableFormKeepsItsErrorsAndARecheckItsEvidence() {
        List<FieldError> errors = List.of(new FieldError("自评表3!F17", "“十分”应为数字"));
        FormDocuments.Document d = FormDocuments.read(FormDocuments.write(null, errors));
        assertNull(d.form());
        assertEquals(errors, d.errors());
        FormRecheck r = new FormRecheck("山西天正会计师事务所", List.of(new IndicatorRecheck("产出指标/数量指标/维修数量", "10处",
                Score.of("75"), "现场核实", List.of(3L, 4L))), "基本属实");
        assertEquals(r, FormDocuments.readRecheck(FormDocuments.writeRecheck(r)));
    }
}
