package org.perfeval.scoring;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The result format of cases/FORMAT.md: what the preview returns and what an evaluation stores. */
public final class ScoreResultJson {

    private ScoreResultJson() {
    }

    public static JsonObject of(ScoreResult r) {
        JsonObjectBuilder ratios = Json.createObjectBuilder();
        r.ratios().forEach((f, rate) -> ratios.add(f.ratioKey(), rate.percent()));
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        for (IndicatorResult i : r.indicators()) {
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("path", Json.createArrayBuilder(i.indicator().path()))
                    .add("weight", i.indicator().weight().points())
                    .add("score", i.score().points())
                    .add("method", i.method().name())
                    .add("applicable", i.applicable())
                    .add("explanation", i.explanation());
            if (i.part() != null) {
                b.add("part", i.part());
            }
            indicators.add(b);
        }
        JsonArrayBuilder subtotals = Json.createArrayBuilder();
        for (ScoreResult.Subtotal s : r.subtotals()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("path", Json.createArrayBuilder(s.path()))
                    .add("weight", s.weight().points()).add("score", s.score().points());
            if (s.part() != null) {
                b.add("part", s.part());
            }
            subtotals.add(b);
        }
        JsonArrayBuilder parts = Json.createArrayBuilder();
        r.parts().forEach(p -> parts.add(Json.createObjectBuilder().add("name", p.name()).add("funds", p.funds().wan())
                .add("total", p.total().points()).add("grade", p.grade().label()).add("gradeCode", p.grade().name())));
        JsonArrayBuilder findings = Json.createArrayBuilder();
        r.findings().forEach(f -> findings.add(Json.createObjectBuilder().add("code", f.code()).add("title", f.title())
                .add("evidence", f.evidence()).add("recommendation", f.recommendation())));
        JsonArrayBuilder warnings = Json.createArrayBuilder();
        r.warnings().forEach(w -> warnings.add(Json.createObjectBuilder().add("path", Json.createArrayBuilder(w.path()))
                .add("message", w.message())));
        JsonObjectBuilder out = Json.createObjectBuilder()
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
}
