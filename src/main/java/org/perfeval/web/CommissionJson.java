package org.perfeval.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.Text;
import org.perfeval.indicator.SheetRules;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.CommissionBasis;
import org.perfeval.evaluation.CommissionRequest;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.evaluation.PartyRef;

/** Reads the bureau's commission (评价任务) from a request body; every bad field is reported at once. */
final class CommissionJson {


    private static final java.math.BigDecimal MIN_YEAR = java.math.BigDecimal.valueOf(2000);
    private static final java.math.BigDecimal MAX_YEAR = java.math.BigDecimal.valueOf(2100);

    private CommissionJson() {
    }

    /**
     * The id exactly as sent, or null when it is no positive whole number that fits a long: {@code longValue()}
     * would keep the low 64 bits, so that 2^64 + 3 named organisation 3.
     */
    static Long positiveId(JsonNumber n) {
        if (!n.isIntegral()) {
            return null;
        }
        try {
            long id = n.bigDecimalValue().longValueExact();
            return id > 0 ? id : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The commission, or 422 naming every bad field. */
    static CommissionRequest from(JsonObject body) {
        CommissionRequest request = read(body);
        if (!request.unreadable().isEmpty()) {
            throw new ValidationException(request.unreadable());
        }
        return request;
    }

    /** Reads what it can; fields that could not be read are null and named in {@code unreadable()}. */
    static CommissionRequest read(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(body, "title", 300, errors);
        Integer year = null;
        JsonValue y = body.get("year");
        if (y == null || y.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError("year", "必填 (required)"));
        } else if (!(y instanceof JsonNumber n) || !n.isIntegral()) {
            errors.add(new FieldError("year", "应为整数年度 (integer year expected)"));
        } else if (n.bigDecimalValue().compareTo(MIN_YEAR) < 0 || n.bigDecimalValue().compareTo(MAX_YEAR) > 0) {
            // compared as the number sent: intValue() keeps the low 32 bits (2^32 + 2024 would be 2024)
            errors.add(new FieldError("year", "年度应在2000至2100之间"));
        } else {
            year = n.intValue();
        }
        EvaluationKind kind = null;
        String k = text(body, "kind", 20, errors);
        if (k != null) {
            try {
                kind = EvaluationKind.valueOf(k);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "应为 DEPARTMENT 或 PROJECT"));
            }
        }
        PartyRef subject = party(body, "subject", errors);
        PartyRef agency = party(body, "agency", errors);
        LocalDate due = null;
        String d = text(body, "dueDate", 10, errors);
        if (d != null) {
            try {
                due = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("dueDate", "日期格式应为 YYYY-MM-DD"));
            }
        }
        CommissionBasis basis = basis(body, errors);
        return new CommissionRequest(title, year == null ? 0 : year, kind, subject, agency, due, basis, errors);
    }

    /** The optional {@code basis: {title, number?}}: the document the evaluation is commissioned under. */
    private static CommissionBasis basis(JsonObject body, List<FieldError> errors) {
        JsonValue v = body.get("basis");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonObject o)) {
            errors.add(new FieldError("basis", "应为对象 {\"title\": ..., \"number\": ...}"));
            return null;
        }
        String title = text(o, "title", 300, errors, "basis.title");
        String number = null;
        JsonValue n = o.get("number");
        if (n != null && n.getValueType() != JsonValue.ValueType.NULL
                && !(n instanceof JsonString s && s.getString().isBlank())) {
            number = text(o, "number", 100, errors, "basis.number");
        }
        if (title != null && CommissionBasis.titleOf(title).isEmpty()) {
            errors.add(new FieldError("basis.title", "不能为空 (must not be blank)"));
            return null;
        }
        return title == null ? null : new CommissionBasis(title, number);
    }

    /** A party by {@code {id}} from the directory, or by {@code {name}}. */
    private static PartyRef party(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field + ".name", "必填 (required)"));
            return null;
        }
        if (!(v instanceof JsonObject o)) {
            errors.add(new FieldError(field, "应为对象 {\"id\": ...} 或 {\"name\": ...}"));
            return null;
        }
        JsonValue id = o.get("id");
        if (id != null && id.getValueType() != JsonValue.ValueType.NULL) {
            Long exact = id instanceof JsonNumber n ? positiveId(n) : null;
            if (exact == null) {
                errors.add(new FieldError(field + ".id", "应为正整数 (positive integer id expected)"));
                return null;
            }
            return PartyRef.withId(exact);
        }
        String name = text(o, "name", 200, errors, field + ".name");
        return name == null ? null : PartyRef.named(name);
    }

    private static String text(JsonObject body, String field, int max, List<FieldError> errors) {
        return text(body, field, max, errors, field);
    }

    static String text(JsonObject body, String field, int max, List<FieldError> errors, String path) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(path, "必填 (required)"));
            return null;
        }
        if (!(v instanceof JsonString s)) {
            errors.add(new FieldError(path, "应为字符串 (string expected)"));
            return null;
        }
        String value = s.getString().strip();
        if (value.isEmpty()) {
            errors.add(new FieldError(path, "不能为空 (must not be blank)"));
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(path, "不能超过" + max + "个字符"));
            return null;
        }
        if (Text.hasHiddenCharacters(value)) {
            errors.add(new FieldError(path, SheetRules.HIDDEN));
            return null;
        }
        return value;
    }
}
