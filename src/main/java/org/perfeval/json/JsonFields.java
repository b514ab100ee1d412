package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;

/** Field readers shared by the sheet reader and the task payload editors; each bad field becomes one error. */
public final class JsonFields {

    private static final BigDecimal MAX_ABS = new BigDecimal("1e12");
    private static final int MAX_SCALE = 8;

    private JsonFields() {
    }

    public static List<String> path(JsonValue value, String at, List<FieldError> errors) {
        if (!(value instanceof JsonArray arr) || arr.isEmpty() || arr.size() > 3) {
            errors.add(new FieldError(at, "应为1至3级指标名称的数组"));
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonValue v : arr) {
            if (!(v instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > 200) {
                errors.add(new FieldError(at, "指标名称应为非空字符串，不超过200字"));
                return null;
            }
            if (org.perfeval.common.Text.hasHiddenCharacters(s.getString())) {
                errors.add(new FieldError(at, "含有控制字符或不可见的格式字符（如NUL、从右到左覆盖、零宽字符） (hidden or control characters)"));
                return null;
            }
            names.add(s.getString().strip());
        }
        return names;
    }

    public static BigDecimal number(JsonValue value, String at, boolean required, List<FieldError> errors) {
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
        return sane(n.bigDecimalValue(), at, errors);
    }

    /** Amounts, weights, scores and measured values below a trillion with at most 8 decimals: the rest is refused before any arithmetic. */
    public static BigDecimal sane(BigDecimal v, String at, List<FieldError> errors) {
        // scale and precision first: they are cheap even for 1e999999999, whose arithmetic is not
        if (v.scale() > MAX_SCALE || v.scale() < -12 || v.precision() > 20 || v.abs().compareTo(MAX_ABS) >= 0) {
            errors.add(new FieldError(at, "数值超出范围（绝对值须小于1万亿，最多8位小数） (number out of range)"));
            return null;
        }
        return v;
    }
}
