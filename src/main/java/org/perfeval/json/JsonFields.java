package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.indicator.SheetRules;

/** Field readers shared by the sheet reader and the task payload editors; each bad field becomes one error. */
public final class JsonFields {


    private JsonFields() {
    }

    public static List<String> path(JsonValue value, String at, List<FieldError> errors) {
        return path(value, at, errors, true);
    }

    /** {@code strict}: names are held to {@link SheetRules#name}; a stored path only to its shape. */
    public static List<String> path(JsonValue value, String at, List<FieldError> errors, boolean strict) {
        if (!(value instanceof JsonArray arr) || arr.isEmpty() || arr.size() > 3) {
            errors.add(new FieldError(at, "应为1至3级指标名称的数组"));
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonValue v : arr) {
            if (!(v instanceof JsonString s) || s.getString().isBlank()) {
                errors.add(new FieldError(at, "指标名称应为非空字符串，不超过200字"));
                return null;
            }
            if (strict && !SheetRules.name(at, s.getString().strip(), errors)) {
                return null;
            }
            names.add(s.getString().strip());
        }
        return names;
    }

    public static BigDecimal number(JsonValue value, String at, boolean required, List<FieldError> errors) {
        BigDecimal v = storedNumber(value, at, required, errors);
        return v == null ? null : sane(v, at, errors);
    }

    /** Amounts, weights, scores and measured values below a trillion with at most 8 decimals: the rest is refused before any arithmetic. */
    public static BigDecimal sane(BigDecimal v, String at, List<FieldError> errors) {
        return SheetRules.number(at, v, errors) ? v : null;
    }

    /** A number of a stored document: its type only, it was checked when it came in. */
    public static BigDecimal storedNumber(JsonValue value, String at, boolean required, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                errors.add(new FieldError(at, "必填, 应为数字"));
            }
            return null;
        }
        if (!(value instanceof JsonNumber n)) {
            errors.add(new FieldError(at, "应为数字 (number expected)"));
            return null;
        }
        return n.bigDecimalValue();
    }
}
