package org.perfeval.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.perfeval.json.Json;

/**
 * A complete score sheet (cases/FORMAT.md) split into what each lifecycle task delivers: the
 * targets of setTargets, the funds of submitData, the actual values and checklist of collectData,
 * the judgments of score, as task payloads (the import of a FORMAT.md sheet into a task). Entries that are not objects are
 * skipped here; the task's own validation reports what is wrong with the rest.
 */
public final class SheetParts {

    private static final JsonBuilderFactory JSON = Json.BUILDERS;
    private static final List<String> LATER_FIELDS = List.of("actual", "level", "score", "reason");

    private SheetParts() {
    }

    /** The payload of the task with this key, or empty when the task takes no part of a score sheet. */
    public static Optional<JsonObject> payloadFor(String taskKey, JsonObject sheet) {
        return Optional.ofNullable(switch (taskKey) {
            case "setTargets" -> JSON.createObjectBuilder().add("indicators", targets(sheet)).build();
            case "submitData" -> JSON.createObjectBuilder().add("funds", sheet.getOrDefault("funds", JsonValue.NULL)).build();
            case "collectData" -> JSON.createObjectBuilder().add("actuals", actuals(sheet))
                    .add("checklist", sheet.getOrDefault("checklist", JsonValue.NULL)).build();
            case "score" -> JSON.createObjectBuilder().add("scores", judgments(sheet)).build();
            default -> null;
        });
    }

    /** The indicator system without what later tasks add. */
    public static JsonArray targets(JsonObject sheet) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (JsonObject ind : indicators(sheet)) {
            var b = JSON.createObjectBuilder(ind);
            LATER_FIELDS.forEach(b::remove);
            out.add(b);
        }
        return out.build();
    }

    /** {path, actual} of every indicator that has an actual value. */
    public static JsonArray actuals(JsonObject sheet) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        indicators(sheet).stream().filter(ind -> ind.containsKey("actual"))
                .forEach(ind -> out.add(JSON.createObjectBuilder().add("path", ind.get("path")).add("actual", ind.get("actual"))));
        return out.build();
    }

    /** {path, level?, score?, reason?} of every indicator the evaluator judged. */
    public static JsonArray judgments(JsonObject sheet) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (JsonObject ind : indicators(sheet)) {
            if (ind.containsKey("level") || ind.containsKey("score")) {
                var s = JSON.createObjectBuilder().add("path", ind.get("path"));
                List.of("level", "score", "reason").stream().filter(ind::containsKey).forEach(k -> s.add(k, ind.get(k)));
                out.add(s);
            }
        }
        return out.build();
    }

    private static List<JsonObject> indicators(JsonObject sheet) {
        return sheet.get("indicators") instanceof JsonArray list
                ? list.stream().filter(v -> v instanceof JsonObject).map(JsonValue::asJsonObject).toList() : List.of();
    }
}
