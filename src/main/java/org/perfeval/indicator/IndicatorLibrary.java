package org.perfeval.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.perfeval.common.Json;

/**
 * Named templates of indicator systems from which an evaluator starts a target table. Frameworks
 * are data: one JSON file per template under {@code indicator-library/} (listed in its
 * {@code index.json}), each checked like a target table when loaded.
 */
@ApplicationScoped
public class IndicatorLibrary {

    private static final String FOLDER = "indicator-library/";

    private final Map<String, JsonObject> templates = load();

    public List<JsonObject> templates() {
        return List.copyOf(templates.values());
    }

    public Optional<JsonObject> template(String code) {
        return Optional.ofNullable(templates.get(code));
    }

    static Map<String, JsonObject> load() {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (String code : codes()) {
            JsonObject template = read(FOLDER + code + ".json").asJsonObject();
            // a template must be a valid target table: weights total 100, targets or formulas, no duplicates
            ScoreSheetReader.read(template, ScoreSheetReader.Stage.TARGETS);
            out.put(code, template);
        }
        return out;
    }

    private static List<String> codes() {
        List<String> codes = new ArrayList<>();
        read(FOLDER + "index.json").asJsonArray().forEach(v -> codes.add(((JsonString) v).getString()));
        return codes;
    }

    private static jakarta.json.JsonValue read(String resource) {
        try (InputStream in = IndicatorLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("indicator library file missing: " + resource);
            }
            return Json.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
