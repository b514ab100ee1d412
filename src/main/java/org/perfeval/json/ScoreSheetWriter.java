package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.perfeval.indicator.Checklist;
import org.perfeval.indicator.Funds;
import org.perfeval.indicator.Indicator;
import org.perfeval.indicator.Part;
import org.perfeval.indicator.ScoreSheet;
import org.perfeval.indicator.Tier;

/** Writes a score sheet, or its parts, in the format of cases/FORMAT.md that {@link ScoreSheetJson} reads. */
public final class ScoreSheetWriter {

    private static final JsonBuilderFactory JSON = Json.BUILDERS;

    private ScoreSheetWriter() {
    }

    /** The sheet in the format it was read from; absent values are left out. */
    public static JsonObject write(ScoreSheet sheet) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (sheet.title() != null) {
            b.add("title", sheet.title());
        }
        if (sheet.hasParts()) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            for (Part p : sheet.parts()) {
                parts.add(JSON.createObjectBuilder().add("name", p.name()).add("funds", p.funds().wan())
                        .add("indicators", indicators(p.indicators())));
            }
            b.add("parts", parts);
        } else if (!sheet.indicators().isEmpty()) {
            b.add("indicators", indicators(sheet.indicators()));
        }
        if (!sheet.funds().isEmpty()) {
            b.add("funds", funds(sheet.funds()));
        }
        if (!sheet.checklist().equals(Checklist.NONE)) {
            b.add("checklist", checklist(sheet.checklist()));
        }
        return b.build();
    }

    public static JsonArray indicators(List<Indicator> list) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        list.forEach(i -> out.add(indicator(i)));
        return out.build();
    }

    public static JsonObject indicator(Indicator i) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("path", JSON.createArrayBuilder(i.path()))
                .add("weight", i.weight().points());
        if (i.target() != null) {
            b.add("target", i.target());
        }
        if (i.formula() != null) {
            b.add("formula", i.formula().name());
        }
        if (!i.tiers().isEmpty()) {
            JsonArrayBuilder tiers = JSON.createArrayBuilder();
            for (Tier t : i.tiers()) {
                JsonObjectBuilder tb = JSON.createObjectBuilder();
                if (t.upTo() != null) {
                    tb.add("upTo", t.upTo());
                }
                tiers.add(tb.add("share", t.share()));
            }
            b.add("tiers", tiers);
        }
        if (!i.applicable()) {
            b.add("applicable", false);
        }
        if (i.actual() != null) {
            b.add("actual", actual(i.actual()));
        }
        if (i.level() != null) {
            b.add("level", i.level().name());
        }
        if (i.score() != null) {
            b.add("score", i.score());
        }
        if (i.reason() != null) {
            b.add("reason", i.reason());
        }
        return b.build();
    }

    public static JsonValue actual(Indicator.Actual a) {
        return a.numeric() ? Json.number(a.quantity().orElseThrow().value()) : Json.string(a.text());
    }

    public static JsonObject funds(Funds funds) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        funds.amounts().forEach((k, v) -> b.add(k, v.wan()));
        return b.build();
    }

    public static JsonObject checklist(Checklist c) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (c.performanceLeadingGroup() != null) {
            b.add("performanceLeadingGroup", c.performanceLeadingGroup());
        }
        if (c.performanceRules() != null) {
            b.add("performanceRules", c.performanceRules());
        }
        return b.build();
    }
}
