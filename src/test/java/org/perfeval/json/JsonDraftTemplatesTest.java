package org.perfeval.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.DraftTemplates;

/** The draft report's templates as shipped, and the loader refusing a template that would print a gap. */
class JsonDraftTemplatesTest {

    @Test
    void theShippedTemplatesCoverEveryRuleInTheSeedsOrder() {
        DraftTemplates t = JsonDraftTemplates.load();
        assertEquals(List.of("BUDGET_EXECUTION_LOW", "BUDGET_ADJUSTMENT_HIGH", "PERFORMANCE_MANAGEMENT_WEAK", "PROCUREMENT_EXECUTION_LOW"),
                t.rules().stream().map(DraftTemplates.RuleTemplate::code).toList());
        assertEquals(2, t.rule("PERFORMANCE_MANAGEMENT_WEAK").orElseThrow().facts().size());
    }

    @Test
    void aPlaceholderNotFilledWhereItIsUsedIsRefusedWhenLoaded() {
        JsonObject shipped = Resources.json(JsonDraftTemplates.FILE).asJsonObject();
        String text = shipped.toString();
        for (String bad : List.of(text.replace("“{indicator}”指标", "“{indicatr}”指标"),
                text.replace("“{indicator}”指标", "{facts}指标"),
                text.replace("\"performanceRules\"", "\"performanceRule\""))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> JsonDraftTemplates.read(Json.read(new java.io.StringReader(bad)).asJsonObject()));
            assertTrue(refused.getMessage().startsWith(JsonDraftTemplates.FILE), refused.getMessage());
        }
    }
}
