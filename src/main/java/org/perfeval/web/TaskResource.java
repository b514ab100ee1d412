package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.workflow.TaskInbox;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.perfeval.workflow.EvaluationQueries;
import org.perfeval.workflow.EvaluationWorkflow;

@Path("tasks")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class TaskResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    EvaluationQueries queries;

    /** The caller's open tasks (assigned to the caller or claimable), oldest first, a page at a time. */
    @GET
    public JsonObject list(@QueryParam("evaluationId") String evaluationId, @QueryParam("key") String key,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        TaskInbox.Filter filter = new TaskInbox.Filter(ListParams.id(evaluationId, "evaluationId", errors),
                key == null || key.isBlank() ? null : key.strip(), ListParams.count(page, "page", 0, errors),
                ListParams.size(size, TaskInbox.Filter.DEFAULT_SIZE, TaskInbox.Filter.MAX_SIZE, errors));
        if (key != null && key.length() > 64) {
            errors.add(new FieldError("key", "过长 (too long)"));
        }
        if (errors.isEmpty()) {
            ListParams.pageWithin(filter.page(), filter.size(), TaskInbox.Filter.MAX_OFFSET, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TaskInbox.Page found = workflow.openTasks(caller.get(), filter);
        return JSON.createObjectBuilder().add("items", EvaluationJson.tasks(found.items())).add("total", found.total())
                .add("page", filter.page()).add("size", filter.size()).build();
    }

    @POST
    @Path("{id}/claim")
    public JsonObject claim(@PathParam("id") String id) {
        return EvaluationJson.task(workflow.claim(caller.get(), id));
    }

    /** The body is read as the command of the task's key (its checks: 404, 403, 409 come first). */
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.WILDCARD)
    public JsonObject complete(@PathParam("id") String id, String body) {
        JsonObject payload = JsonBodies.object(body);
        long evaluationId = workflow.complete(caller.get(), id, key -> TaskCommandJson.read(key, payload));
        // read back after the commit: status and results as the process left them
        return EvaluationJson.detail(queries.detail(evaluationId, caller.get()));
    }
}
