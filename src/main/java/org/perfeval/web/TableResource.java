package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.perfeval.common.ValidationException;
import java.util.function.Function;
import org.perfeval.indicator.Checklist;
import org.perfeval.json.SheetParts;
import org.perfeval.report.ImportedTable;
import org.perfeval.report.ScoreTables;
import org.perfeval.report.UnreadableFileException;
import org.perfeval.workflow.EvaluationWorkflow;
import org.perfeval.workflow.EvaluationQueries;
import org.perfeval.workflow.task.TaskCommand;
import org.perfeval.workflow.task.TaskKey;

/**
 * Import of a filled target or score table (or a JSON score sheet of cases/FORMAT.md) into the matching task. An import
 * completes the task through the same use case as the JSON payload: nothing is stored when any
 * cell is bad, and errors name the cells.
 */
@Path("tasks/{id}/import")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class TableResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    EvaluationQueries queries;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public JsonObject importInto(@PathParam("id") String taskId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                 InputStream body) {
        byte[] bytes = read(body);
        TaskKey key = TaskKey.of(workflow.openTask(caller.get(), taskId).key());
        ImportedTable<TaskCommand> imported = isJson(type) ? fromScoreSheet(key, bytes) : fromWorkbook(key, bytes);
        long evaluationId;
        try {
            evaluationId = workflow.complete(caller.get(), taskId, imported.content());
        } catch (ValidationException e) {
            throw imported.translate(e);
        }
        return EvaluationJson.detail(queries.detail(evaluationId, caller.get()));
    }

    private static boolean isJson(String type) {
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private static ImportedTable<TaskCommand> fromWorkbook(TaskKey key, byte[] bytes) {
        return switch (key) {
            case SET_TARGETS -> as(ScoreTables.importTargets(bytes), TaskCommand.SetTargets::new);
            case COLLECT_DATA -> as(ScoreTables.importActuals(bytes), a -> new TaskCommand.CollectData(a, Checklist.NONE));
            case SCORE -> as(ScoreTables.importJudgments(bytes), TaskCommand.Score::new);
            default -> throw ValidationException.of("file", "任务“" + key.id() + "”不接受表格导入（可导入：目标设定、数据采集、评分）");
        };
    }

    private static <T> ImportedTable<TaskCommand> as(ImportedTable<T> table, Function<T, TaskCommand> command) {
        return new ImportedTable<>(command.apply(table.content()), table.cellOfPath());
    }

    /** The part of a FORMAT.md score sheet that the task takes. */
    private static ImportedTable<TaskCommand> fromScoreSheet(TaskKey key, byte[] bytes) {
        JsonObject sheet;
        try {
            // the request bodies' reader: one object, no key twice, not nested beyond reason
            sheet = JsonBodies.object(new String(bytes, StandardCharsets.UTF_8));
        } catch (MalformedJsonException e) {
            throw new UnreadableFileException("JSON 格式错误 (malformed JSON score sheet)");
        }
        JsonObject payload = SheetParts.payloadFor(key.id(), sheet)
                .orElseThrow(() -> ValidationException.of("file", "任务“" + key.id() + "”不接受评分表导入"));
        return new ImportedTable<>(TaskCommandJson.read(key, payload), java.util.Map.of());
    }

    static byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new PayloadTooLargeException(MAX_BYTES);
            }
            if (bytes.length == 0) {
                throw new UnreadableFileException("未收到文件 (empty upload)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableFileException("文件读取失败 (upload interrupted)");
        }
    }
}
