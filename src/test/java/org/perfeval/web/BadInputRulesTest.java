package org.perfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.rectification.Notification;
import org.perfeval.rectification.NotificationKind;
import org.perfeval.workflow.task.TaskKey;

/** The edge's answers to input that BadInputIT found answered with a 500 or taken wrongly (issue 10). */
class BadInputRulesTest {

    @Test
    void jsonNestedDeeperThanAnyPayloadIsMalformedNotAServerError() {
        String deep = "{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        var e = assertThrows(MalformedJsonException.class, () -> JsonBodies.object(deep));
        assertTrue(e.getMessage().contains("100"), e.getMessage());
        String fine = "{\"a\": " + "[".repeat(JsonBodies.MAX_DEPTH - 1) + "]".repeat(JsonBodies.MAX_DEPTH - 1) + "}";
        assertEquals(1, JsonBodies.object(fine).size());
    }

    @Test
    void anAuditPageWhoseFirstEntryIsBeyondAnIntIsRefused() {
        var e = assertThrows(ValidationException.class,
                () -> AuditJson.query(null, null, null, null, null, "2147483647", "2", ZoneOffset.UTC));
        assertEquals(List.of("page"), e.errors().stream().map(FieldError::path).toList());
        assertEquals(1_999_999, AuditJson.query(null, null, null, null, null, "1999999", "50", ZoneOffset.UTC).page());
    }

    @Test
    void aRecommendationLongerThanARectificationsTitleIsRefused() {
        var e = assertThrows(ValidationException.class, () -> TaskCommandJson.read(TaskKey.DRAFT_REPORT,
                Json.createObjectBuilder().add("recommendations", Json.createArrayBuilder().add("建".repeat(1000))
                        .add(Json.createObjectBuilder().add("title", "议".repeat(1001)))).build()));
        assertEquals(List.of("recommendations[1].title"), e.errors().stream().map(FieldError::path).toList());
    }

    @Test
    void aNotificationQuotingLongCommentsIsCutToItsColumn() {
        Notification n = new Notification("department", NotificationKind.EVIDENCE_RETURNED, 1L, 1L,
                "整改材料被退回：提高部门预算编制精准度。意见：" + "请补充材料".repeat(400), Instant.EPOCH);
        assertEquals(2000, n.getMessage().length());
        assertTrue(n.getMessage().endsWith("…"));
    }
}
