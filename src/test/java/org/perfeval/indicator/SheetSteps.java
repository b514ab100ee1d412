package org.perfeval.indicator;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.perfeval.json.Json;
import org.perfeval.json.ScoreSheetJson;
import org.perfeval.json.ScoreSheetWriter;
import org.perfeval.web.TaskCommandJson;
import org.perfeval.workflow.task.TaskCommand;
import org.perfeval.workflow.task.TaskKey;

/**
 * A task's step on a score sheet as the API takes it: the payload read at the web edge into the
 * task's command, applied by {@link SheetEditor}, the sheet written back in the FORMAT.md form.
 */
public final class SheetSteps {

    private SheetSteps() {
    }

    public static JsonObject withTargets(JsonObject sheet, JsonValue indicators) {
        var command = (TaskCommand.SetTargets) TaskCommandJson.read(TaskKey.SET_TARGETS, body("indicators", indicators));
        return ScoreSheetWriter.write(SheetEditor.withTargets(ScoreSheetJson.readStored(sheet), command.indicators()));
    }

    public static JsonObject withFunds(JsonObject sheet, JsonValue funds, JsonValue evidence) {
        JsonObjectBuilder b = Json.BUILDERS.createObjectBuilder();
        put(b, "funds", funds);
        put(b, "evidence", evidence);
        var command = (TaskCommand.SubmitData) TaskCommandJson.read(TaskKey.SUBMIT_DATA, b.build());
        return ScoreSheetWriter.write(SheetEditor.withFunds(ScoreSheetJson.readStored(sheet), command.funds()));
    }

    public static JsonObject withActuals(JsonObject sheet, JsonValue actuals, JsonValue checklist) {
        JsonObjectBuilder b = Json.BUILDERS.createObjectBuilder();
        put(b, "actuals", actuals);
        put(b, "checklist", checklist);
        var command = (TaskCommand.CollectData) TaskCommandJson.read(TaskKey.COLLECT_DATA, b.build());
        return ScoreSheetWriter.write(SheetEditor.withActuals(ScoreSheetJson.readStored(sheet), command.actuals(),
                command.checklist()));
    }

    public static JsonObject withScores(JsonObject sheet, JsonValue scores) {
        var command = (TaskCommand.Score) TaskCommandJson.read(TaskKey.SCORE, body("scores", scores));
        return ScoreSheetWriter.write(SheetEditor.withJudgments(ScoreSheetJson.readStored(sheet), command.judgments()));
    }

    private static JsonObject body(String key, JsonValue value) {
        JsonObjectBuilder b = Json.BUILDERS.createObjectBuilder();
        put(b, key, value);
        return b.build();
    }

    private static void put(JsonObjectBuilder b, String key, JsonValue value) {
        if (value != null) {
            b.add(key, value);
        }
    }
}
