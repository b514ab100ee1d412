package org.perfeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants over many random sheets (fixed seeds, so a failure repeats): no indicator scores above
 * its weight or below zero; the total is the sum of the rounded indicator scores (or its rescaling
 * when indicators are not applicable); the grade follows the total.
 */
class ScoringPropertiesTest {

    private final JsonScoring scoring = new JsonScoring();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void invariantsHoldForRandomSheets(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 250; round++) {
            JsonObject sheet = randomSheet(random);
            JsonObject result = scoring.score(sheet);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal applicableWeight = BigDecimal.ZERO;
            boolean rescaled = false;
            for (JsonValue v : result.getJsonArray("indicators")) {
                JsonObject ind = v.asJsonObject();
                BigDecimal score = ind.getJsonNumber("score").bigDecimalValue();
                BigDecimal weight = ind.getJsonNumber("weight").bigDecimalValue();
                assertTrue(score.signum() >= 0, () -> "negative score in " + sheet);
                assertTrue(score.compareTo(weight.setScale(2, RoundingMode.HALF_UP)) <= 0, () -> "above weight in " + sheet);
                assertEquals(2, score.scale());
                if (ind.getBoolean("applicable")) {
                    sum = sum.add(score);
                    applicableWeight = applicableWeight.add(weight);
                } else {
                    rescaled = true;
                }
            }
            BigDecimal expected = rescaled
                    ? sum.multiply(new BigDecimal(100)).divide(applicableWeight, 2, RoundingMode.HALF_UP) : sum;
            BigDecimal total = result.getJsonNumber("total").bigDecimalValue();
            assertEquals(0, expected.compareTo(total), () -> "total of " + sheet);
            assertEquals(Grade.of(total).name(), result.getString("gradeCode"));
        }
    }

    private static JsonObject randomSheet(Random random) {
        int count = 1 + random.nextInt(30);
        int[] weights = splitHundred(random, count);
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        boolean anyApplicable = false;
        for (int i = 0; i < count; i++) {
            boolean applicable = i == count - 1 && !anyApplicable || random.nextInt(10) > 0;
            anyApplicable |= applicable && weights[i] > 0;
            JsonObjectBuilder ind = Json.createObjectBuilder()
                    .add("path", Json.createArrayBuilder().add("一级" + i % 4).add("二级" + i % 7).add("指标" + i))
                    .add("weight", weights[i]);
            if (!applicable) {
                ind.add("target", "改善").add("applicable", false);
            } else {
                switch (random.nextInt(5)) {
                    case 0 -> ind.add("target", "≥" + random.nextInt(50) + "个").add("actual", random.nextInt(80) + "个");
                    case 1 -> ind.add("target", "≤" + (1 + random.nextInt(20)) + "万元")
                            .add("actual", new BigDecimal(random.nextInt(4000)).movePointLeft(2) + "万元");
                    case 2 -> ind.add("target", "=" + (1 + random.nextInt(20)) + "个").add("actual", random.nextInt(40) + "个");
                    case 3 -> ind.add("target", "增长").add("level", "ACHIEVED");
                    default -> {
                        BigDecimal score = new BigDecimal(weights[i] * 100L * random.nextInt(101) / 100).movePointLeft(2);
                        ind.add("target", "合规").add("score", score).add("reason", "评价人判断");
                    }
                }
            }
            indicators.add(ind);
        }
        return Json.createObjectBuilder().add("indicators", indicators).build();
    }

    /** count non-negative integers totalling 100. */
    private static int[] splitHundred(Random random, int count) {
        int[] w = new int[count];
        int left = 100;
        for (int i = 0; i < count - 1; i++) {
            w[i] = random.nextInt(Math.max(1, left / (count - i) * 2));
            w[i] = Math.min(w[i], left);
            left -= w[i];
        }
        w[count - 1] = left;
        return w;
    }
}
