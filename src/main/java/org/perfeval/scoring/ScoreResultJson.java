package org.perfeval.scoring;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The result format of cases/FORMAT.md: what the preview returns and what an evaluation stores. */
public final class ScoreResultJson {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.common.Json.BUILDERS;

    private ScoreResultJson() {
    }

    public static JsonObject of(ScoreResult r) {
        JsonObjectBuilder ratios = JSON.createObjectBuilder();
        r.ratios().forEach((f, rate) -> ratios.add(f.ratioKey(), rate.percent()));
        JsonArrayBuilder indicators = JSON.createArrayBuilder();
        for (IndicatorResult i : r.indicators()) {
            JsonObjectBuilder b = JSON.createObjectBuilder()
                    .add("path", JSON.createArrayBuilder(i.indicator().path()))
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
}
