package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.common.ValidationException;

class SheetScorerTest {

    private final JsonScoring scorer = new JsonScoring();

    static JsonObject seedCase() throws Exception {
        try (InputStream in = SheetScorerTest.class.getResourceAsStream("/cases/seed-2022.json")) {
            return Json.createReader(in).readObject();
        }
    }

    @Test
    void seedCaseReproducesThePublishedResult() throws Exception {
        JsonObject seed = seedCase();
        JsonObject expected = seed.getJsonObject("expected");
        JsonObject result = scorer.score(seed);

        assertEquals(new BigDecimal("85.50"), result.getJsonNumber("total").bigDecimalValue());
        assertEquals("良", result.getString("grade"));
        assertEquals("GOOD", result.getString("gradeCode"));
        JsonObject ratios = result.getJsonObject("ratios");
        assertEquals(new BigDecimal("100.00"), ratios.getJsonNumber("budgetExecutionRate").bigDecimalValue());
        assertEquals(new BigDecimal("38.63"), ratios.getJsonNumber("budgetAdjustmentRate").bigDecimalValue());
        assertEquals(new BigDecimal("29.89"), ratios.getJsonNumber("procurementExecutionRate").bigDecimalValue());

        Map<String, BigDecimal> scores = new HashMap<>();
        for (JsonValue v : result.getJsonArray("indicators")) {
            JsonObject ind = (JsonObject) v;
            scores.put(path(ind.getJsonArray("path")), ind.getJsonNumber("score").bigDecimalValue());
            assertTrue(!ind.getString("explanation").isBlank());
        }
        JsonObject expectedScores = expected.getJsonObject("indicatorScores");
        assertEquals(expectedScores.size(), scores.size());
        expectedScores.forEach((k, v) -> assertEquals(0,
                ((jakarta.json.JsonNumber) v).bigDecimalValue().compareTo(scores.get(k)), k));

        List<String> codes = new ArrayList<>();
        result.getJsonArray("findings").forEach(f -> codes.add(((JsonObject) f).getString("code")));
        List<String> expectedCodes = new ArrayList<>();
        expected.getJsonArray("findingCodes").forEach(c -> expectedCodes.add(((JsonString) c).getString()));
        assertEquals(expectedCodes, codes);
    }

    /**
     * Published project self-evaluation forms (项目支出绩效自评表) as transcribed in
     * cases/published, with the sources and the readings taken in its README: every indicator
     * score, the total and the grade come out as printed. Both forms are met in full, so they
     * test reading the targets as forms print them (98%以上) more than the proportional rules.
     */
    @ParameterizedTest
    @ValueSource(strings = {"project-2020-changjiang.json", "project-2020-service-trade.json"})
    void publishedSelfEvaluationFormsReproduce(String file) throws Exception {
        JsonObject sheet;
        try (InputStream in = SheetScorerTest.class.getResourceAsStream("/cases/published/" + file)) {
            sheet = Json.createReader(in).readObject();
        }
        JsonObject expected = sheet.getJsonObject("expected");
        JsonObject result = scorer.score(sheet);
        assertEquals(0, expected.getJsonNumber("total").bigDecimalValue().compareTo(total(result)), file);
        assertEquals(expected.getString("grade"), result.getString("grade"));
        Map<String, BigDecimal> scores = new HashMap<>();
        result.getJsonArray("indicators").forEach(v -> scores.put(path(((JsonObject) v).getJsonArray("path")),
                ((JsonObject) v).getJsonNumber("score").bigDecimalValue()));
        JsonObject expectedScores = expected.getJsonObject("indicatorScores");
        assertEquals(expectedScores.keySet(), scores.keySet());
        expectedScores.forEach((k, v) -> assertEquals(0, ((jakarta.json.JsonNumber) v).bigDecimalValue().compareTo(scores.get(k)), k));
        assertEquals(0, expected.getJsonObject("ratios").getJsonNumber("budgetExecutionRate").bigDecimalValue()
                .compareTo(result.getJsonObject("ratios").getJsonNumber("budgetExecutionRate").bigDecimalValue()));
        assertTrue(result.getJsonArray("findings").isEmpty(), file + ": nothing to find in a form met in full");
    }

    @Test
    void subtotalsPerFirstAndSecondLevel() throws Exception {
        JsonObject result = scorer.score(seedCase());
        Map<String, BigDecimal> subtotals = new HashMap<>();
        result.getJsonArray("subtotals").forEach(v -> subtotals.put(path(((JsonObject) v).getJsonArray("path")),
                ((JsonObject) v).getJsonNumber("score").bigDecimalValue()));
        assertEquals(new BigDecimal("40.00"), subtotals.get("履职效能"));
        assertEquals(new BigDecimal("16.70"), subtotals.get("管理效率"));
        assertEquals(new BigDecimal("18.80"), subtotals.get("社会效应"));
        assertEquals(new BigDecimal("10.00"), subtotals.get("可持续性"));
        assertEquals(new BigDecimal("9.20"), subtotals.get("管理效率/预算管理"));
    }

    @Test
    void positiveTargetNotMetScoresProportionally() {
        JsonObject result = scorer.score(sheet(indicator("≥11个", "8个", 100)));
        // 100 × 8 / 11 = 72.7272… → 72.73
        assertEquals(new BigDecimal("72.73"), total(result));
        assertEquals("中", result.getString("grade"));
    }

    @Test
    void negativeTargetExceededScoresTargetOverActual() {
        JsonObject result = scorer.score(sheet(indicator("≤8.5万元", "10万元", 100)));
        // 100 × 8.5 / 10 = 85
        assertEquals(new BigDecimal("85.00"), total(result));
    }

    @Test
    void notApplicableIndicatorsRescaleTheTotal() {
        JsonObject sheet = Json.createObjectBuilder().add("indicators", Json.createArrayBuilder()
                .add(indicator("≥10个", "5个", 80))
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("效益").add("生态效益"))
                        .add("weight", 20).add("target", "改善").add("applicable", false))).build();
        // 80 × 5/10 = 40 of 80 applicable points → 50.00 on the 100-point scale
        assertEquals(new BigDecimal("50.00"), total(scorer.score(sheet)));
    }

    @Test
    void gradeLowerBoundsAreInclusive() {
        assertEquals(Grade.EXCELLENT, Grade.of(new BigDecimal("90.00")));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("89.99")));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("80")));
        assertEquals(Grade.FAIR, Grade.of(new BigDecimal("79.99")));
        assertEquals(Grade.FAIR, Grade.of(new BigDecimal("60")));
        assertEquals(Grade.POOR, Grade.of(new BigDecimal("59.99")));
    }

    @Test
    void missingActualIsReportedByPath() {
        JsonObject sheet = sheet(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("数量"))
                .add("weight", 100).add("target", "≥11个").build());
        ValidationException e = assertThrows(ValidationException.class, () -> scorer.score(sheet));
        assertEquals("indicators[0].actual", e.errors().get(0).path());
    }

    private static JsonObject sheet(JsonObject... indicators) {
        var arr = Json.createArrayBuilder();
        for (JsonObject i : indicators) {
            arr.add(i);
        }
        return Json.createObjectBuilder().add("indicators", arr).build();
    }

    private static JsonObject indicator(String target, String actual, int weight) {
        return Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("产出数量").add("指标" + target))
                .add("weight", weight).add("target", target).add("actual", actual).build();
    }

    private static BigDecimal total(JsonObject result) {
        return result.getJsonNumber("total").bigDecimalValue();
    }

    private static String path(JsonArray path) {
        List<String> names = new ArrayList<>();
        path.forEach(v -> names.add(((JsonString) v).getString()));
        return String.join("/", names);
    }
}
