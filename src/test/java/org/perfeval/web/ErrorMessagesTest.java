package org.perfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.CommentAnswer;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;
import org.perfeval.indicator.SheetRules;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.workflow.task.TaskKey;

/** Errors follow Accept-Language: Chinese by default and as written, English when preferred. */
class ErrorMessagesTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** The errors the API really answers for a sheet with one problem of each kind, and for bad task payloads. */
    private static List<FieldError> realErrors() {
        List<FieldError> all = new ArrayList<>();
        String sheet = """
                {"funds": {"initialBudget": -1, "procurementBudget": 0, "bogus": 1},
                 "checklist": {"x": true},
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
                  {"path": ["管理", "i"], "weight": 5, "target": "≥3个"},
                  {"path": ["管理", "j"], "weight": 5, "target": "≤8.5万元", "actual": "85000元"},
                  {"path": ["管理", "k"], "weight": 5, "target": "较好", "actual": "一般"},
                  {"path": [], "weight": -1, "tiers": [{"upTo": 5, "share": 2}, {"upTo": 1, "share": 1}]}
                 ]}""";
        all.addAll(assertThrows(ValidationException.class, () -> ScoreSheetJson.read(
                Json.createReader(new StringReader(sheet)).readObject(), SheetRules.Stage.SCORING)).errors());
        all.addAll(assertThrows(ValidationException.class, () -> CommissionJson.from(Json.createObjectBuilder()
                .add("title", " ").add("year", "2023").add("kind", "OTHER").add("agency", "天正")
                .add("dueDate", "31.03.2027").build())).errors());
        all.addAll(assertThrows(ValidationException.class, () -> TaskCommandJson.read(TaskKey.DRAFT_REPORT,
                Json.createObjectBuilder().add("findings", Json.createArrayBuilder().add(1))
                        .add("sections", Json.createObjectBuilder().add("foreword", "x")).build())).errors());
        all.addAll(assertThrows(ValidationException.class, () -> TaskCommandJson.read(TaskKey.DRAFT_REPORT,
                Json.createObjectBuilder().add("responses", Json.createArrayBuilder().add(1).add(Json.createObjectBuilder()
                        .add("commentId", "x").add("response", "YES").add("extra", 1))).build())).errors());
        all.addAll(assertThrows(ValidationException.class, () -> commentedEvaluation().answerComments(List.of(
                new CommentAnswer(9, CommentResponse.ADOPTED, null, null), new CommentAnswer(1, CommentResponse.PARTLY, null, null),
                new CommentAnswer(2, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(2, CommentResponse.ADOPTED, null, null)))).errors());
        all.addAll(assertThrows(ValidationException.class, () -> TaskCommandJson.read(TaskKey.RECTIFICATION_EVIDENCE,
                Json.createObjectBuilder().add("summary", 3).add("evidence", Json.createArrayBuilder().add(4)).build())).errors());
        return all;
    }

    /** Three open comments on the draft. */
    private static Evaluation commentedEvaluation() {
        Evaluation e = new Evaluation("t", 2022, EvaluationKind.DEPARTMENT, new Organisation("d", OrganisationType.DEPARTMENT),
                new Organisation("a", OrganisationType.AGENCY), new Organisation("b", OrganisationType.BUREAU),
                LocalDate.of(2027, 1, 1), Instant.EPOCH);
        e.recordComments(CommentSource.EXCHANGE_OF_VIEWS, "department", Instant.EPOCH, "预算调整\n政府采购\n第三部分表述");
        return e;
    }

    @Test
    void englishCallersReadEveryErrorInEnglish() {
        List<FieldError> errors = realErrors();
        assertFalse(errors.size() < 20, () -> "expected a wide sample, got " + errors);
        for (FieldError e : errors) {
            String english = ErrorMessages.in(Locale.ENGLISH, e.message());
            // names and values that the caller entered may be Chinese; the sentence around them may not
            String withoutQuotedData = english.replaceAll("“[^”]*”|\"[^\"]*\"|: .*$|^\\S*\\p{IsHan}\\S* ", "");
            assertFalse(HAN.matcher(withoutQuotedData).find(), () -> e.path() + ": " + e.message() + " → " + english);
        }
    }

    @Test
    void chineseIsTheDefaultAndUnchanged() {
        String message = "各指标分值合计应为100, 现为 90";
        assertEquals(message, ErrorMessages.in(ErrorMessages.preferred(List.of()), message));
        assertEquals(message, ErrorMessages.in(ErrorMessages.preferred(List.of(Locale.FRENCH, Locale.CHINA)), message));
        assertEquals("the weights must total 100; they total 90",
                ErrorMessages.in(ErrorMessages.preferred(List.of(Locale.FRENCH, Locale.US)), message));
        assertEquals("required", ErrorMessages.english("必填 (required)"));
        assertEquals("the score is outside the band of partly achieved (60%–80%, upper bound excluded)",
                ErrorMessages.english("得分不在部分达成 (60%–80%以下)的区间内"));
        assertEquals("the score is outside the band of achieved (80%–100%)", ErrorMessages.english("得分不在达成 (80%–100%)的区间内"));
    }
}
