package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.Score;
import org.perfeval.selfevaluation.FormRecheck;
import org.perfeval.selfevaluation.IndicatorRecheck;

/**
 * An agency's recheck of a form in JSON: {@code {indicators: [{path, reviewedActual, reviewedScore,
 * reason}], opinion}}, the path as flags name it ({@code 产出指标/数量指标/…}) or as an array.
 */
public final class FormRecheckJson {

    private FormRecheckJson() {
    }

    /** The recheck in a request, every problem named by its path; null when there are problems. */
    public static FormRecheck read(JsonObject o, String agency, List<FieldError> errors) {
        int before = errors.size();
        List<IndicatorRecheck> indicators = new ArrayList<>();
        if (!(o.get("indicators") instanceof JsonArray list) || list.size() > 1000) {
            errors.add(new FieldError("indicators", "必填, 应为复核指标的数组 [{path, reviewedActual, reviewedScore, reason}]"));
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "indicators[" + i + "]";
            if (!(list.get(i) instanceof JsonObject ind)) {
                errors.add(new FieldError(at, "应为对象 {path, reviewedActual, reviewedScore, reason}"));
                continue;
            }
            String path = path(ind.get("path"), at + ".path", errors);
            BigDecimal score = JsonFields.number(ind.get("reviewedScore"), at + ".reviewedScore", true, errors);
            String actual = text(ind.get("reviewedActual"), at + ".reviewedActual", errors);
            String reason = text(ind.get("reason"), at + ".reason", errors);
            List<Long> evidence = evidence(ind.get("evidence"), at + ".evidence", errors);
            if (path != null && score != null) {
                indicators.add(new IndicatorRecheck(path, actual, Score.of(score), reason, evidence));
            }
        }
        String opinion = text(o.get("opinion"), "opinion", errors);
        return errors.size() > before ? null : new FormRecheck(agency, indicators, opinion);
    }

    /** Files cited by id: {@code [12, 13]} or {@code [{"fileId": 12}]}. */
    private static List<Long> evidence(JsonValue v, String at, List<FieldError> errors) {
        List<Long> out = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonArray list) || list.size() > 100) {
            errors.add(new FieldError(at, "应为佐证材料的数组 [{fileId}]（至多100个）"));
            return out;
        }
        for (int j = 0; j < list.size(); j++) {
            JsonValue item = list.get(j) instanceof JsonObject o ? o.get("fileId") : list.get(j);
            if (item instanceof jakarta.json.JsonNumber n && n.isIntegral() && n.longValue() > 0) {
                out.add(n.longValue());
            } else {
                errors.add(new FieldError(at + "[" + j + "]", "应为上传所得的文件编号 {fileId}"));
            }
        }
        return out;
    }

    private static String path(JsonValue v, String at, List<FieldError> errors) {
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().strip();
        }
        List<String> parts = v instanceof JsonArray ? JsonFields.path(v, at, errors) : null;
        if (parts == null) {
            if (!(v instanceof JsonArray)) {
                errors.add(new FieldError(at, "必填, 指标路径 如 产出指标/数量指标/维修改造供水工程数量"));
            }
            return null;
        }
        return String.join("/", parts);
    }

    private static String text(JsonValue v, String at, List<FieldError> errors) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s) || s.getString().length() > 4000
                || org.perfeval.common.Text.hasHiddenCharactersBesideLineBreaks(s.getString())) {
            errors.add(new FieldError(at, "应为不超过4000个字符的文字，不含控制字符"));
            return null;
        }
        return s.getString().strip();
    }

    public static JsonObject write(FormRecheck r) {
        var b = Json.BUILDERS;
        var list = b.createArrayBuilder();
        for (IndicatorRecheck i : r.indicators()) {
            JsonObjectBuilder o = b.createObjectBuilder().add("path", i.path()).add("reviewedScore", i.reviewedScore().points());
            if (i.reviewedActual() != null) {
                o.add("reviewedActual", i.reviewedActual());
            }
            if (i.reason() != null) {
                o.add("reason", i.reason());
            }
            if (!i.evidence().isEmpty()) {
                o.add("evidence", b.createArrayBuilder(i.evidence()));
            }
            list.add(o);
        }
        JsonObjectBuilder o = b.createObjectBuilder().add("agency", r.agency()).add("indicators", list);
        if (r.opinion() != null) {
            o.add("opinion", r.opinion());
        }
        return o.build();
    }

    /** A stored recheck, written by {@link #write}. */
    public static FormRecheck stored(JsonObject o) {
        List<FieldError> errors = new ArrayList<>();
        FormRecheck r = read(o, o.getString("agency"), errors);
        if (r == null) {
            throw new IllegalStateException("stored recheck no longer reads: " + errors);
        }
        return r;
    }
}
