package org.perfeval.indicator;

import org.perfeval.json.JsonIndicatorLibrary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorLibraryTest {

    private final IndicatorLibrary library = new JsonIndicatorLibrary();

    @Test
    void theThreeFrameworksAreValidTargetTablesWithTheirFirstLevelWeights() {
        assertEquals(List.of("project-self-evaluation", "key-evaluation", "department-overall"),
                library.templates().stream().map(IndicatorTemplate::code).toList());
        assertEquals(Map.of("产出指标", 50, "效益指标", 30, "满意度指标", 10, "预算执行率", 10),
                firstLevel(library.template("project-self-evaluation").orElseThrow()));
        assertEquals(Map.of("决策", 20, "过程", 20, "产出", 30, "效益", 30),
                firstLevel(library.template("key-evaluation").orElseThrow()));
        assertEquals(Map.of("履职效能", 40, "管理效率", 30, "社会效应", 20, "可持续性", 10),
                firstLevel(library.template("department-overall").orElseThrow()));
    }

    @Test
    void aTemplateIsAValidSetTargetsPayload() {
        JsonObject template = JsonIndicatorLibrary.write(library.template("department-overall").orElseThrow());
        JsonObject sheet = SheetSteps.withTargets(JsonValue.EMPTY_JSON_OBJECT, template.get("indicators"));
        assertEquals(template.getJsonArray("indicators").size(), sheet.getJsonArray("indicators").size());
    }

    private static Map<String, Integer> firstLevel(IndicatorTemplate t) {
        JsonObject template = JsonIndicatorLibrary.write(t);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        template.getJsonArray("indicators").forEach(v -> sums.merge(v.asJsonObject().getJsonArray("path").getString(0),
                v.asJsonObject().getJsonNumber("weight").bigDecimalValue(), BigDecimal::add));
        Map<String, Integer> out = new LinkedHashMap<>();
        sums.forEach((k, v) -> out.put(k, v.intValueExact()));
        return out;
    }
}
