package org.perfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.CommentAnswer;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.workflow.task.TaskCommand;
import org.perfeval.workflow.task.TaskKey;

/** The draftReport payload's answers to the comment matrix, and the comments of a disagreement or return, read from JSON. */
class CommentAnswersJsonTest {

    private static JsonObject json(String text) {
        return jakarta.json.Json.createReader(new StringReader(text)).readObject();
    }

    private static List<String> refused(TaskKey key, String body) {
        var e = assertThrows(ValidationException.class, () -> TaskCommandJson.read(key, json(body)));
        return e.errors().stream().map(FieldError::path).toList();
    }

    @Test
    void readsTheAnswers() {
        var draft = (TaskCommand.DraftReport) TaskCommandJson.read(TaskKey.DRAFT_REPORT, json("""
                {"responses": [{"commentId": 1, "response": "ADOPTED"},
                               {"commentId": 2, "response": "NOT_ADOPTED", "explanation": "口径不变",
                                "resolution": null}]}"""));
        assertEquals(List.of(new CommentAnswer(1, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(2, CommentResponse.NOT_ADOPTED, "口径不变", null)), draft.responses());
        assertEquals(List.of(), ((TaskCommand.DraftReport) TaskCommandJson.read(TaskKey.DRAFT_REPORT, json("{}"))).responses());
    }

    @Test
    void everyBadAnswerIsNamedByItsPath() {
        assertEquals(List.of("responses"), refused(TaskKey.DRAFT_REPORT, "{\"responses\": {\"commentId\": 1}}"));
        assertEquals(List.of("responses[0]", "responses[1].commentId", "responses[2].commentId", "responses[3].commentId",
                        "responses[4].response", "responses[5].response", "responses[6].explanation",
                        "responses[7].resolution", "responses[8].explaination"),
                refused(TaskKey.DRAFT_REPORT, """
                        {"responses": [
                          "ADOPTED",
                          {"commentId": "1", "response": "ADOPTED"},
                          {"commentId": 0, "response": "ADOPTED"},
                          {"commentId": 1.5, "response": "ADOPTED"},
                          {"commentId": 1},
                          {"commentId": 1, "response": "采纳"},
                          {"commentId": 1, "response": "PARTLY", "explanation": 7},
                          {"commentId": 1, "response": "ADOPTED", "resolution": "x\\u0000y"},
                          {"commentId": 1, "response": "PARTLY", "explaination": "typo"}]}"""));
    }

    @Test
    void anExplanationHasItsLimitButMayHaveSeveralLines() {
        String tooLong = "理".repeat(2001);
        assertEquals(List.of("responses[0].explanation"), refused(TaskKey.DRAFT_REPORT,
                "{\"responses\": [{\"commentId\": 1, \"response\": \"PARTLY\", \"explanation\": \"" + tooLong + "\"}]}"));
        var draft = (TaskCommand.DraftReport) TaskCommandJson.read(TaskKey.DRAFT_REPORT, json(
                "{\"responses\": [{\"commentId\": 1, \"response\": \"PARTLY\", \"explanation\": \"第一行\\n第二行\"}]}"));
        assertEquals("第一行\n第二行", draft.responses().get(0).explanation());
    }

    @Test
    void commentsMayHaveSeveralLinesButNothingHidden() {
        var views = (TaskCommand.ExchangeViews) TaskCommandJson.read(TaskKey.EXCHANGE_VIEWS,
                json("{\"agree\": false, \"comments\": \"1、预算调整\\n2、政府采购\"}"));
        assertEquals("1、预算调整\n2、政府采购", views.comments());
        assertEquals(List.of("comments"), refused(TaskKey.EXCHANGE_VIEWS, "{\"agree\": false, \"comments\": \"a\\u202Eb\"}"));
        assertEquals(List.of("comments"), refused(TaskKey.REVIEW, "{\"approved\": false, \"comments\": \"a\\u0000b\"}"));
    }
}
