package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.common.FieldError;
import org.perfeval.common.Score;
import org.perfeval.common.ValidationException;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.ScoreSheetJson;

/** Each scoring rule of DESIGN.md against hand-computed figures, boundaries included. */
class ScoringRulesTest {

    private final JsonScoring scoring = new JsonScoring();

    /** A one-indicator sheet of weight 100 (plus funds when given), scored. */
    private JsonObject one(JsonObjectBuilder indicator, JsonObject funds) {
        JsonObjectBuilder sheet = Json.createObjectBuilder().add("indicators", Json.createArrayBuilder()
                .add(indicator.add("path", Json.createArrayBuilder().add("产出").add("数量").add("指标")).add("weight", 100)));
        if (funds != null) {
            sheet.add("funds", funds);
        }
        return scoring.score(sheet.build());
    }

    private static BigDecimal total(JsonObject result) {
        return result.getJsonNumber("total").bigDecimalValue();
    }

    private static JsonObjectBuilder target(String target, String actual) {
        return Json.createObjectBuilder().add("target", target).add("actual", actual);
    }

    @ParameterizedTest(name = "{0} with actual {1} scores {2}")
    @CsvSource({
            "≥11个, 12个, 100.00",      // met: full weight
            "≥11个, 11个, 100.00",      // exactly met
            "≥11个, 8个, 72.73",        // 100 × 8/11 = 72.7272…
            "≥0个, 0个, 100.00",        // zero target is met by anything
            "≤8.5万元, 8.5万元, 100.00", // negative target met
            "≤8.5万元, 10万元, 85.00",   // 100 × 8.5/10
            "≤0万元, 5万元, 0.00",       // zero cost target exceeded: nothing
            "=12个, 12个, 100.00",      // equality met
            "=12个, 10个, 83.33",       // 1 − 2/12
            "每周2次, 每周1次, 50.00",   // frequency reads as ≥
            "100%, 95%, 95.00",
            "≥85%, 92%, 100.00",
            "85, 80, 94.12",            // plain numbers: ≥ 85, 100 × 80/85 = 94.1176…
            "符合, 符合, 100.00"         // qualitative actual equal to the target
    })
    void quantitativeAndEqualityRules(String target, String actual, String expected) {
        assertEquals(new BigDecimal(expected), total(one(target(target, actual), null)));
    }

    @Test
    void numericActualIsAccepted() {
        assertEquals(new BigDecimal("72.73"), total(one(Json.createObjectBuilder().add("target", "≥11个").add("actual", 8), null)));
    }

    @ParameterizedTest(name = "adjustment rate {0}% earns {1}")
    @CsvSource({"0, 100.00", "10, 66.67", "10.01, 33.33", "20, 33.33", "30, 16.67", "30.01, 0.00"})
    void tieredBudgetAdjustmentRate(String rate, String expected) {
        // initial 100, adjusted 100 + rate: the adjustment rate is exactly `rate` percent
        JsonObject funds = Json.createObjectBuilder().add("initialBudget", 100)
                .add("adjustedBudget", new BigDecimal(100).add(new BigDecimal(rate))).build();
        JsonArrayBuilder tiers = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("upTo", 0).add("share", 1))
                .add(Json.createObjectBuilder().add("upTo", 10).add("share", 0.6667))
                .add(Json.createObjectBuilder().add("upTo", 20).add("share", 0.3333))
                .add(Json.createObjectBuilder().add("upTo", 30).add("share", 0.1667))
                .add(Json.createObjectBuilder().add("share", 0));
        JsonObject r = one(Json.createObjectBuilder().add("formula", "BUDGET_ADJUSTMENT_RATE").add("tiers", tiers), funds);
        assertEquals(new BigDecimal(expected), total(r));
        assertEquals("TIERED", r.getJsonArray("indicators").getJsonObject(0).getString("method"));
    }

    @Test
    void higherIsBetterRatesScoreProportionallyCappedAtTheWeight() {
        JsonObject low = one(Json.createObjectBuilder().add("formula", "PROCUREMENT_EXECUTION_RATE"),
                Json.createObjectBuilder().add("procurementBudget", 5.22).add("procurementExecuted", 1.56).build());
        assertEquals(new BigDecimal("29.89"), total(low)); // 100 × 29.89 %
        JsonObject over = one(Json.createObjectBuilder().add("formula", "BUDGET_EXECUTION_RATE"),
                Json.createObjectBuilder().add("adjustedBudget", 10).add("expenditure", 12).build());
        assertEquals(new BigDecimal("100.00"), total(over)); // 120 % is capped at the weight
    }

    @Test
    void evaluatorOverrideWinsOverComputation() {
        JsonObject r = one(target("≥11个", "12个").add("score", 90).add("reason", "部分项目资料不全"), null);
        assertEquals(new BigDecimal("90.00"), total(r));
        JsonObject ind = r.getJsonArray("indicators").getJsonObject(0);
        assertEquals("OVERRIDE", ind.getString("method"));
        assertTrue(ind.getString("explanation").contains("部分项目资料不全"));
    }

    @Test
    void qualitativeAchievedWithoutScoreIsFullWeightAndBandsHoldScores() {
        assertEquals(new BigDecimal("100.00"), total(one(Json.createObjectBuilder().add("target", "增长").add("level", "ACHIEVED"), null)));
        assertEquals(new BigDecimal("80.00"), total(one(Json.createObjectBuilder().add("target", "增长")
                .add("level", "ACHIEVED").add("score", 80).add("reason", "增幅一般"), null)));
        assertEquals(new BigDecimal("60.00"), total(one(Json.createObjectBuilder().add("target", "增长")
                .add("level", "PARTLY").add("score", 60).add("reason", "增幅低于预期"), null)));
    }

    @Test
    void notApplicableIndicatorsRescaleToOneHundredPointsWhileSubtotalsStayUnscaled() {
        JsonObject sheet = Json.createObjectBuilder().add("indicators", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("a")).add("weight", 66.66)
                        .add("target", "≥100个").add("actual", "89.99个"))
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("效益").add("b")).add("weight", 33.34)
                        .add("target", "改善").add("applicable", false))).build();
        JsonObject r = scoring.score(sheet);
        // a = round2(66.66 × 0.8999) = 59.99; total = round2(59.99 × 100 / 66.66) = round2(89.9939…) = 89.99
        assertEquals(new BigDecimal("89.99"), total(r));
        assertEquals("良", r.getString("grade"));
        assertEquals(new BigDecimal("59.99"), r.getJsonArray("subtotals").getJsonObject(0).getJsonNumber("score").bigDecimalValue());
    }

    @Test
    void roundingAtTheGradeBoundary() {
        assertEquals(Grade.EXCELLENT, Grade.of(Score.of("89.995").points())); // HALF_UP to 90.00
        assertEquals(Grade.GOOD, Grade.of(Score.of("89.9949").points()));
        assertEquals(new BigDecimal("90.00"), Score.of("89.995").points());
    }

    @Test
    void partsAreWeightedByTheirFunds() {
        JsonObject sheet = Json.createObjectBuilder().add("parts", Json.createArrayBuilder()
                .add(part("基本支出", 10.35, "90个"))
                .add(part("项目支出", 17.17, "80个"))).build();
        JsonObject r = scoring.score(sheet);
        // (90 × 10.35 + 80 × 17.17) / 27.52 = 2305.1 / 27.52 = 83.7609…
        assertEquals(new BigDecimal("83.76"), total(r));
        assertEquals(2, r.getJsonArray("parts").size());
        assertEquals(new BigDecimal("90.00"), r.getJsonArray("parts").getJsonObject(0).getJsonNumber("total").bigDecimalValue());
    }

    private static JsonObjectBuilder part(String name, double funds, String actual) {
        return Json.createObjectBuilder().add("name", name).add("funds", funds).add("indicators", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("path", Json.createArrayBuilder().add("产出").add("数量"))
                        .add("weight", 100).add("target", "≥100个").add("actual", actual)));
    }

    @Test
    void targetNotMetBelowSixtyPercentOnlyAndOverTargetWarning() {
        JsonObject atSixty = one(target("≥10个", "6个"), null);
        assertEquals(0, atSixty.getJsonArray("findings").size(), "exactly 60 % is not below 60 %");
        JsonObject below = one(target("≥10个", "5.99个"), null);
        assertEquals("TARGET_NOT_MET", below.getJsonArray("findings").getJsonObject(0).getString("code"));
        assertEquals(1, one(target("≥10个", "13个"), null).getJsonArray("warnings").size());
        assertEquals(0, one(target("≥10个", "12.9个"), null).getJsonArray("warnings").size());
    }

    @Test
    void findingThresholdsAreSettings() throws Exception {
        var seed = ScoreSheetJson.read(SheetScorerTest.seedCase(), SheetRules.Stage.SCORING);
        var lenient = new FindingThresholds(new BigDecimal(90), new BigDecimal(40), new BigDecimal(20),
                new BigDecimal("0.6"), new BigDecimal("1.3"));
        List<String> codes = new SheetScorer(lenient).score(seed).findings().stream().map(Finding::code).toList();
        assertTrue(!codes.contains("BUDGET_ADJUSTMENT_HIGH") && !codes.contains("PROCUREMENT_EXECUTION_LOW"), codes::toString);
    }

    @Test
    void overTargetWarningNamesTheConfiguredThreshold() {
        var sheet = ScoreSheetJson.read(Json.createObjectBuilder().add("indicators", Json.createArrayBuilder()
                .add(target("≥10个", "16个").add("path", Json.createArrayBuilder().add("产出")).add("weight", 100))).build(),
                SheetRules.Stage.SCORING);
        var half = new FindingThresholds(new BigDecimal(90), new BigDecimal(40), new BigDecimal(20),
                new BigDecimal("0.6"), new BigDecimal("1.5"));
        String message = new SheetScorer(half).score(sheet).warnings().get(0).message();
        assertTrue(message.contains("超出目标≥10个50%以上"), message);
    }

    @Test
    void ratiosWithZeroOrMissingAmountsAreLeftOut() {
        JsonObject r = one(target("≥1个", "1个"), Json.createObjectBuilder().add("initialBudget", 0)
                .add("adjustedBudget", 5).add("expenditure", 5).add("procurementBudget", 0).build());
        assertEquals(Set.of("budgetExecutionRate"), r.getJsonObject("ratios").keySet());
    }

    @Test
    void everyProblemOfASheetIsListedAtOnce() {
        String sheet = """
                {"funds": {"initialBudget": -1, "procurementBudget": 0},
                 "indicators": [
                  {"path": ["产出", "a"], "weight": 20, "target": "≥11个", "actual": "12个", "score": 25},
                  {"path": ["产出", "a"], "weight": 20, "target": "≥11个", "actual": "12个"},
                  {"path": ["产出", "b"], "weight": "20", "target": "≥1个"},
                  {"path": ["产出", "c"], "weight": 10, "formula": "MAGIC"},
                  {"path": ["管理", "d"], "weight": 10, "formula": "BUDGET_EXECUTION_RATE"},
                  {"path": ["管理", "e"], "weight": 10, "formula": "PROCUREMENT_EXECUTION_RATE"},
                  {"path": ["管理", "f"], "weight": 5, "target": "增长", "level": "PARTLY", "score": 4.5},
                  {"path": ["管理", "g"], "weight": 5, "target": "增长", "score": 2},
                  {"path": ["管理", "h"], "weight": 5, "target": "较好", "actual": 12},
                  {"path": ["管理", "i"], "weight": 5, "target": "≥3个"}
                 ]}""";
        var json = Json.createReader(new java.io.StringReader(sheet)).readObject();
        var e = assertThrows(ValidationException.class, () -> scoring.score(json));
        List<String> paths = e.errors().stream().map(FieldError::path).toList();
        assertEquals(List.of(
                "funds.initialBudget",          // negative amount
                "indicators[0].score",          // score above weight
                "indicators[1].path",           // duplicate indicator path
                "indicators[2].weight",         // wrong JSON type
                "indicators[3].formula",        // unknown formula
                "indicators[4].formula",        // formula without the amounts it needs
                "indicators[5].formula",        // zero denominator
                "indicators[6].reason",         // deduction without reason
                "indicators[6].score",          // 90 % is outside PARTLY
                "indicators[7].reason",         // override without reason
                "indicators[8].target",         // unparseable target with a numeric actual
                "indicators[9].actual"), paths, e.errors()::toString);
    }

    @Test
    void actualInAnotherUnitThanItsTargetIsRefused() {
        var json = Json.createReader(new java.io.StringReader("{\"indicators\": [{\"path\": [\"成本\"], \"weight\": 100,"
                + " \"target\": \"≤8.5万元\", \"actual\": \"85000元\"}]}")).readObject();
        var e = assertThrows(ValidationException.class, () -> scoring.score(json));
        assertEquals("indicators[0].actual", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("万元"));
    }

    @Test
    void weightsMustTotalOneHundred() {
        var json = Json.createReader(new java.io.StringReader(
                "{\"indicators\": [{\"path\": [\"a\"], \"weight\": 60, \"target\": \"≥1个\", \"actual\": \"1个\"}]}")).readObject();
        var e = assertThrows(ValidationException.class, () -> scoring.score(json));
        assertEquals("indicators", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("60"));
    }
}
