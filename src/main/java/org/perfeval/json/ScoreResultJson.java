package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.perfeval.common.Amount;
import org.perfeval.common.Rate;
import org.perfeval.common.Score;
import org.perfeval.common.Weight;
import org.perfeval.indicator.Formula;
import org.perfeval.scoring.Finding;
import org.perfeval.scoring.Grade;
import org.perfeval.scoring.IndicatorResult;
import org.perfeval.scoring.ScoreResult;

/** The result format of cases/FORMAT.md, both ways: what the preview returns and what an evaluation stores. */
public final class ScoreResultJson {

    private static final jakarta.json.JsonBuilderFactory JSON = Json.BUILDERS;

    private ScoreResultJson() {
    }

    public static JsonObject of(ScoreResult r) {
        JsonObjectBuilder ratios = JSON.createObjectBuilder();
        r.ratios().forEach((f, rate) -> ratios.add(f.ratioKey(), rate.percent()));
        JsonArrayBuilder indicators = JSON.createArrayBuilder();
        for (IndicatorResult i : r.indicators()) {
            JsonObjectBuilder b = JSON.createObjectBuilder()
                    .add("path", JSON.createArrayBuilder(i.path()))
                    .add("weight", i.weight().points())
                    .add("score", i.score().points())
                    .add("method", i.method().name())
                    .add("applicable", i.applicable())
                    .add("explanation", i.explanation());
            if (i.part() != null) {
                b.add("part", i.part());
            }
            indicators.add(b);
        }
        JsonArrayBuilder subtotals = JSON.createArrayBuilder();
        for (ScoreResult.Subtotal s : r.subtotals()) {
            JsonObjectBuilder b = JSON.createObjectBuilder().add("path", JSON.createArrayBuilder(s.path()))
                    .add("weight", s.weight().points()).add("score", s.score().points());
            if (s.part() != null) {
                b.add("part", s.part());
            }
            subtotals.add(b);
        }
        JsonArrayBuilder parts = JSON.createArrayBuilder();
        r.parts().forEach(p -> parts.add(JSON.createObjectBuilder().add("name", p.name()).add("funds", p.funds().wan())
                .add("total", p.total().points()).add("grade", p.grade().label()).add("gradeCode", p.grade().name())));
        JsonArrayBuilder findings = JSON.createArrayBuilder();
        r.findings().forEach(f -> findings.add(JSON.createObjectBuilder().add("code", f.code()).add("title", f.title())
                .add("evidence", f.evidence()).add("recommendation", f.recommendation())));
        JsonArrayBuilder warnings = JSON.createArrayBuilder();
        r.warnings().forEach(w -> warnings.add(JSON.createObjectBuilder().add("path", JSON.createArrayBuilder(w.path()))
                .add("message", w.message())));
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("total", r.total().points())
                .add("grade", r.grade().label())
                .add("gradeCode", r.grade().name())
                .add("ratios", ratios)
                .add("indicators", indicators)
                .add("subtotals", subtotals)
                .add("findings", findings)
                .add("warnings", warnings);
        if (!r.parts().isEmpty()) {
            out.add("parts", parts);
        }
        return out.build();
    }

    /** A result as {@link #of} wrote it (a stored one). */
    public static ScoreResult read(JsonObject o) {
        Map<Formula, Rate> ratios = new EnumMap<>(Formula.class);
        o.getJsonObject("ratios").forEach((k, v) -> Formula.byRatioKey(k)
                .ifPresent(f -> ratios.put(f, new Rate(((jakarta.json.JsonNumber) v).bigDecimalValue()))));
        List<IndicatorResult> indicators = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("indicators")) {
            JsonObject i = v.asJsonObject();
            indicators.add(new IndicatorResult(strings(i.getJsonArray("path")), weight(i), part(i), score(i, "score"),
                    IndicatorResult.Method.valueOf(i.getString("method")), i.getString("explanation")));
        }
        List<ScoreResult.Subtotal> subtotals = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("subtotals")) {
            JsonObject s = v.asJsonObject();
            subtotals.add(new ScoreResult.Subtotal(part(s), strings(s.getJsonArray("path")), weight(s), score(s, "score")));
        }
        List<ScoreResult.PartTotal> parts = new ArrayList<>();
        if (o.get("parts") instanceof JsonArray list) {
            for (JsonValue v : list) {
                JsonObject p = v.asJsonObject();
                parts.add(new ScoreResult.PartTotal(p.getString("name"), new Amount(p.getJsonNumber("funds").bigDecimalValue()),
                        score(p, "total"), Grade.valueOf(p.getString("gradeCode"))));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("findings")) {
            JsonObject f = v.asJsonObject();
            findings.add(new Finding(f.getString("code"), f.getString("title"), f.getString("evidence"),
                    f.getString("recommendation")));
        }
        List<ScoreResult.Warning> warnings = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("warnings")) {
            JsonObject w = v.asJsonObject();
            warnings.add(new ScoreResult.Warning(strings(w.getJsonArray("path")), w.getString("message")));
        }
        return new ScoreResult(score(o, "total"), Grade.valueOf(o.getString("gradeCode")), ratios, indicators, subtotals,
                parts, findings, warnings);
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Weight weight(JsonObject o) {
        return new Weight(o.getJsonNumber("weight").bigDecimalValue());
    }

    private static Score score(JsonObject o, String key) {
        return Score.of(o.getJsonNumber(key).bigDecimalValue());
    }

    private static String part(JsonObject o) {
        return o.get("part") instanceof JsonString s ? s.getString() : null;
    }
}
