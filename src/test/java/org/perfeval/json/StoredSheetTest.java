package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.common.Weight;
import org.perfeval.indicator.ActualValue;
import org.perfeval.indicator.Checklist;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Judgment;
import org.perfeval.indicator.Level;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.SheetEditor;
import org.perfeval.indicator.SheetRules;

/**
 * A stored sheet is read for its shape only, so that a row written under older or looser rules
 * stays readable; the sheet's limits hold whatever delivers the data, a spreadsheet included.
 */
class StoredSheetTest {

    private static ScoreSheet targets() {
        return SheetEditor.withTargets(ScoreSheet.EMPTY, List.of(
                Indicator.target(List.of("产出", "数量"), new Weight(new BigDecimal(60)), "≥11个", null, List.of(), true),
                Indicator.target(List.of("产出", "质量"), new Weight(new BigDecimal(40)), "较好", null, List.of(), true)));
    }

    @Test
    void aStoredRowOutsideTodaysLimitsStaysReadable() {
        var stored = Json.createObjectBuilder().add("indicators", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("数量\u200B"))
                        .add("weight", new BigDecimal("33.333333333333336")).add("target", "≥11个").add("actual", 12))
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("质量"))
                        .add("weight", new BigDecimal("66.666666666666664")).add("target", "较好").add("level", "PARTLY")
                        .add("score", 30).add("reason", "理".repeat(5000)))).build();
        ScoreSheet sheet = ScoreSheetJson.readStored(stored);
        assertEquals(2, sheet.indicators().size());
        assertEquals(5000, sheet.indicators().get(1).reason().length());
        // the same through the API's reader is refused, naming each field
        var e = assertThrows(ValidationException.class, () -> ScoreSheetJson.read(stored, SheetRules.Stage.TARGETS));
        assertEquals(List.of("indicators[0].path", "indicators[0].weight", "indicators[1].weight", "indicators[1].reason"),
                e.errors().stream().map(FieldError::path).toList());
    }

    @Test
    void limitsHoldForTypedDataFromAnySource() {
        ScoreSheet sheet = targets();
        var tooLong = assertThrows(ValidationException.class, () -> SheetEditor.withJudgments(sheet, List.of(
                new Judgment(List.of("产出", "质量"), Level.PARTLY, new BigDecimal(30), "理".repeat(4001)))));
        assertEquals("indicators[1].reason", tooLong.errors().get(0).path());
        var huge = assertThrows(ValidationException.class, () -> SheetEditor.withActuals(sheet, List.of(
                new ActualValue(List.of("产出", "数量"), Indicator.Actual.of(new BigDecimal("1e13")))), Checklist.NONE));
        assertEquals("indicators[0].actual", huge.errors().get(0).path());
    }
}
