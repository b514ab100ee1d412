package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.perfeval.common.NotFoundException;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.workflow.EvaluationQueries;
import org.perfeval.workflow.EvaluationWorkflow;

@Path("evaluations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class EvaluationResource {

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    EvaluationQueries queries;

    /**
     * A client that retries after a timeout sends the same {@code Idempotency-Key} and gets the
     * evaluation of its first request instead of a second one.
     */
    @POST
    @RolesAllowed(Roles.BUREAU)
    @Consumes(MediaType.WILDCARD)
    public Response commission(String body, @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        Evaluation e = workflow.commission(caller.get(), CommissionJson.read(JsonBodies.object(body)),
                IdempotencyKeys.read(idempotencyKey));
        // a path, not a URL: the Host header is the client's to choose
        return Response.created(URI.create(uri.getBaseUri().getRawPath() + "evaluations/" + e.getId()))
                .entity(read(e.getId())).build();
    }

    @GET
    public JsonObject list() {
        return EvaluationJson.list(queries.list(caller.get()));
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return read(parseId(id));
    }

    private JsonObject read(long id) {
        return EvaluationJson.detail(queries.detail(id, caller.get()));
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("评价任务 " + id + " 不存在");
        }
    }
}
