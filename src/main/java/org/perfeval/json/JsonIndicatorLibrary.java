package org.perfeval.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfeval.indicator.IndicatorLibrary;
import org.perfeval.indicator.IndicatorTemplate;
import org.perfeval.indicator.SheetRules;

/**
 * The indicator library as data: one JSON file per template under {@code indicator-library/}
 * (listed in its {@code index.json}), each checked like a target table when loaded.
 */
@ApplicationScoped
public class JsonIndicatorLibrary implements IndicatorLibrary {

    private static final String FOLDER = "indicator-library/";

    private final Map<String, IndicatorTemplate> templates = load();

    @Override
    public List<IndicatorTemplate> templates() {
        return List.copyOf(templates.values());
    }

    @Override
    public Optional<IndicatorTemplate> template(String code) {
        return Optional.ofNullable(templates.get(code));
    }

    static Map<String, IndicatorTemplate> load() {
        Map<String, IndicatorTemplate> out = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        Resources.json(FOLDER + "index.json").asJsonArray().forEach(v -> codes.add(((JsonString) v).getString()));
        for (String code : codes) {
            JsonObject t = Resources.json(FOLDER + code + ".json").asJsonObject();
            // a template must be a valid target table: weights total 100, targets or formulas, no duplicates
            var sheet = ScoreSheetJson.read(t, SheetRules.Stage.TARGETS);
            out.put(code, new IndicatorTemplate(t.getString("code"), t.getString("name"), t.getString("description"),
                    sheet.indicators()));
        }
        return out;
    }

    /** A template as the API gives it: the file's form, its indicators a setTargets payload. */
    public static JsonObject write(IndicatorTemplate t) {
        return Json.BUILDERS.createObjectBuilder().add("code", t.code()).add("name", t.name())
                .add("description", t.description()).add("indicators", ScoreSheetWriter.indicators(t.indicators())).build();
    }
}
