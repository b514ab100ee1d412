package org.perfeval.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;

class SheetEditorTest {

    private static JsonObject ind(String name, Object weight, String target) {
        var b = Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("产出数量").add(name));
        if (weight instanceof Integer w) {
            b.add("weight", w);
        } else {
            b.add("weight", String.valueOf(weight));
        }
        return b.add("target", target).build();
    }

    private static List<String> paths(ValidationException e) {
        return e.errors().stream().map(FieldError::path).toList();
    }

    @Test
    void targetsMustTotalOneHundred() {
        var e = assertThrows(ValidationException.class, () -> SheetSteps.withTargets(JsonValue.EMPTY_JSON_OBJECT,
                Json.createArrayBuilder().add(ind("a", 60, "≥1个")).add(ind("b", 30, "≥1个")).build()));
        assertEquals(List.of("indicators"), paths(e));
        assertTrue(e.errors().get(0).message().contains("90"));
    }

    @Test
    void everyBadIndicatorFieldIsNamedAtOnce() {
        var list = Json.createArrayBuilder()
                .add(ind("a", "fifty", "≥1个"))
                .add(ind("a", 50, "≥1个"))
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("x"))
                        .add("weight", 50).add("formula", "MAGIC").add("actual", "3个"))
                .build();
        var e = assertThrows(ValidationException.class, () -> SheetSteps.withTargets(JsonValue.EMPTY_JSON_OBJECT, list));
        assertEquals(java.util.Set.of("indicators[0].weight", "indicators[1].path", "indicators[2].formula",
                "indicators[2].actual"), java.util.Set.copyOf(paths(e)));
        assertEquals(4, e.errors().size());
    }

    @Test
    void validTargetsAreStored() {
        JsonObject sheet = SheetSteps.withTargets(JsonValue.EMPTY_JSON_OBJECT,
                Json.createArrayBuilder().add(ind("a", 60, "≥1个")).add(ind("b", 40, "≤8.5万元")).build());
        assertEquals(2, sheet.getJsonArray("indicators").size());
    }

    @Test
    void fundsMustBeNonNegativeNumbers() {
        var funds = Json.createObjectBuilder().add("initialBudget", -1).add("expenditure", "27.52").add("bogus", 1).build();
        JsonObject sheet = SheetSteps.withTargets(JsonValue.EMPTY_JSON_OBJECT,
                Json.createArrayBuilder().add(ind("a", 100, "≥1个")).build());
        var e = assertThrows(ValidationException.class, () -> SheetSteps.withFunds(sheet, funds, null));
        assertEquals(3, e.errors().size());
        assertTrue(paths(e).containsAll(List.of("funds.initialBudget", "funds.expenditure", "funds.bogus")));
    }

    @Test
    void scoresAreCheckedAgainstWeightBandAndReason() {
        JsonObject sheet = SheetSteps.withTargets(JsonValue.EMPTY_JSON_OBJECT,
                Json.createArrayBuilder().add(ind("a", 60, "符合")).add(ind("b", 40, "增长")).build());
        var scores = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("产出数量").add("a"))
                        .add("score", 70).add("reason", "x"))
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("产出数量").add("b"))
                        .add("level", "PARTLY").add("score", 35))
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("不存在")).add("score", 1))
                .build();
        var e = assertThrows(ValidationException.class, () -> SheetSteps.withScores(sheet, scores));
        // 70 > weight 60; 35/40 = 87.5% is outside PARTLY (60–80%) and lacks a reason; unknown path
        assertEquals(List.of("scores[0].score", "scores[1].reason", "scores[1].score", "scores[2].path"), paths(e));
    }

    @Test
    void bandBoundariesAreInclusiveBelowExclusiveAbove() {
        var errors = new java.util.ArrayList<FieldError>();
        var five = new org.perfeval.common.Weight(new BigDecimal(5));
        Judgments.check("s", five, new BigDecimal(4), Level.ACHIEVED, "r", errors);      // exactly 80 %
        Judgments.check("s", five, new BigDecimal(3), Level.PARTLY, "r", errors);        // exactly 60 %
        Judgments.check("s", five, new BigDecimal("2.99"), Level.NOT_ACHIEVED, "r", errors);
        assertTrue(errors.isEmpty(), errors::toString);
        Judgments.check("s", five, new BigDecimal(4), Level.PARTLY, "r", errors);        // 80 % is not partly
        Judgments.check("s", five, new BigDecimal(3), Level.NOT_ACHIEVED, "r", errors);  // 60 % is not "not achieved"
        Judgments.check("s", five, new BigDecimal("3.99"), Level.ACHIEVED, "r", errors); // below 80 %
        assertEquals(3, errors.size());
    }

    @Test
    void actualsMergeIntoTheirIndicators() {
        JsonObject sheet = SheetSteps.withTargets(JsonValue.EMPTY_JSON_OBJECT,
                Json.createArrayBuilder().add(ind("a", 100, "≥11个")).build());
        JsonObject after = SheetSteps.withActuals(sheet, Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("path", Json.createArrayBuilder().add("产出").add("产出数量").add("a")).add("actual", "12个")).build(),
                Json.createObjectBuilder().add("performanceRules", false).build());
        assertEquals("12个", after.getJsonArray("indicators").getJsonObject(0).getString("actual"));
        assertFalse(after.getJsonObject("checklist").getBoolean("performanceRules"));
    }

    @Test
    void quantitiesParseTheFormsReportsPrint() {
        assertEquals(Comparator.AT_LEAST, Quantity.parse("≥11个").orElseThrow().comparator());
        assertEquals(new BigDecimal("8.5"), Quantity.parse("≤8.5万元").orElseThrow().value());
        assertEquals(Comparator.AT_MOST, Quantity.parse("≤8.5万元").orElseThrow().comparator());
        assertEquals("每周次", Quantity.parse("每周2次").orElseThrow().unit());
        assertEquals(new BigDecimal("100"), Quantity.parse("100%").orElseThrow().value());
        assertEquals(Comparator.EQUAL, Quantity.parse("=12个").orElseThrow().comparator());
        assertTrue(Quantity.parse("增长").isEmpty());
        assertTrue(Quantity.parse("2022年全年").isEmpty());
    }

    @Test
    void comparatorWordsBeforeOrAfterTheNumberAsPublishedFormsWriteThem() {
        assertQuantity("98%以上", Comparator.AT_LEAST, "98", "%");
        assertQuantity("95%及以上", Comparator.AT_LEAST, "95", "%");
        assertQuantity("不低于90%", Comparator.AT_LEAST, "90", "%");
        assertQuantity("达到100%", Comparator.AT_LEAST, "100", "%");
        assertQuantity("5%以内", Comparator.AT_MOST, "5", "%");
        assertQuantity("3次及以下", Comparator.AT_MOST, "3", "次");
        assertQuantity("不超过8.5万元", Comparator.AT_MOST, "8.5", "万元");
        assertQuantity("控制在120万元以内", Comparator.AT_MOST, "120", "万元");
        assertQuantity("＞85％", Comparator.AT_LEAST, "85", "%");
        assertQuantity("每月1次以上", Comparator.AT_LEAST, "1", "每月次");
        assertQuantity("20,000", Comparator.AT_LEAST, "20000", "");
        assertQuantity("等于12个", Comparator.EQUAL, "12", "个");
        assertQuantity("控制在90%以上", Comparator.AT_LEAST, "90", "%");
        assertQuantity("达到5%以下", Comparator.AT_MOST, "5", "%");
        assertQuantity("大于或等于90%", Comparator.AT_LEAST, "90", "%");
        assertQuantity("＞＝85％", Comparator.AT_LEAST, "85", "%");
        assertQuantity("每周不少于2次", Comparator.AT_LEAST, "2", "每周次");
        assertQuantity("95%（含）以上", Comparator.AT_LEAST, "95", "%");
        assertQuantity("１２个", Comparator.AT_LEAST, "12", "个");
        assertTrue(Quantity.parse("≥90%以下").isEmpty(), "contradictory words are not guessed");
        assertTrue(Quantity.parse("3年以上").isEmpty(), "a period, not a quantity");
        assertTrue(Quantity.parse("以上").isEmpty());
        assertTrue(Quantity.parse("1,2").isEmpty(), "a comma that is no thousands separator");
    }

    private static void assertQuantity(String text, Comparator comparator, String value, String unit) {
        Quantity q = Quantity.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertEquals(comparator, q.comparator(), text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), text);
        assertEquals(unit, q.unit(), text);
        assertEquals(text, q.text());
    }
}
