package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.perfeval.workflow.EvaluationQueries;

/** Rectifications of the caller's evaluations (one query); {@code ?overdue=true} is the bureau's list of overdue items. */
@Path("rectifications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class RectificationResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationQueries queries;

    @GET
    public JsonObject list(@QueryParam("overdue") boolean overdueOnly) {
        var items = JSON.createArrayBuilder();
        queries.rectifications(caller.get(), overdueOnly).forEach(line -> items.add(EvaluationJson.rectification(line.rectification())
                .add("evaluationTitle", line.evaluation().getTitle())
                .add("department", line.evaluation().getSubject().getName())));
        return JSON.createObjectBuilder().add("items", items).build();
    }
}
