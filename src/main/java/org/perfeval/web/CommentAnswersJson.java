package org.perfeval.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.Text;
import org.perfeval.evaluation.CommentAnswer;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.indicator.SheetRules;

/**
 * The draftReport payload's answers to the comment matrix, {@code responses: [{commentId, response,
 * explanation?, resolution?}]}: their JSON shape checked here, each bad field named by its path; whether they
 * answer the matrix is the domain's rule.
 */
final class CommentAnswersJson {

    private static final List<String> FIELDS = List.of("commentId", "response", "explanation", "resolution");
    private static final BigDecimal MAX_ID = BigDecimal.valueOf(Integer.MAX_VALUE);

    private CommentAnswersJson() {
    }

    /** The answers; none when the field is absent. An answer with a bad field is left out, its errors added. */
    static List<CommentAnswer> read(JsonValue value, List<FieldError> errors) {
        List<CommentAnswer> out = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(value instanceof JsonArray list)) {
            errors.add(new FieldError("responses", "应为数组"));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "responses[" + i + "]";
            if (!(list.get(i) instanceof JsonObject o)) {
                errors.add(new FieldError(at, "应为对象 {commentId, response, explanation?, resolution?}"));
                continue;
            }
            int before = errors.size();
            o.keySet().stream().filter(k -> !FIELDS.contains(k))
                    .forEach(k -> errors.add(new FieldError(at + "." + k, "未知字段 (commentId, response, explanation, resolution)")));
            int commentId = commentId(o.get("commentId"), at + ".commentId", errors);
            CommentResponse response = response(o.get("response"), at + ".response", errors);
            String explanation = text(o.get("explanation"), at + ".explanation", errors);
            String resolution = text(o.get("resolution"), at + ".resolution", errors);
            if (errors.size() == before) {
                out.add(new CommentAnswer(commentId, response, explanation, resolution));
            }
        }
        return out;
    }

    private static int commentId(JsonValue v, String at, List<FieldError> errors) {
        if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().signum() > 0
                && n.bigDecimalValue().compareTo(MAX_ID) <= 0) {
            return n.intValue();
        }
        errors.add(new FieldError(at, "必填, 应为意见编号（正整数）"));
        return 0;
    }

    private static CommentResponse response(JsonValue v, String at, List<FieldError> errors) {
        if (v instanceof JsonString s) {
            for (CommentResponse r : CommentResponse.values()) {
                if (r.name().equals(s.getString())) {
                    return r;
                }
            }
        }
        errors.add(new FieldError(at, "必填, 应为 ADOPTED, PARTLY 或 NOT_ADOPTED"));
        return null;
    }

    /** An explanation or resolution: optional; a few lines, printed in the report, so nothing hidden. */
    private static String text(JsonValue v, String at, List<FieldError> errors) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            errors.add(new FieldError(at, "应为字符串"));
        } else if (s.getString().length() > TaskCommandJson.MAX_REASON) {
            errors.add(new FieldError(at, "不能超过" + TaskCommandJson.MAX_REASON + "个字符"));
        } else if (Text.hasHiddenCharactersBesideLineBreaks(s.getString())) {
            errors.add(new FieldError(at, SheetRules.HIDDEN));
        } else {
            return s.getString();
        }
        return null;
    }
}
