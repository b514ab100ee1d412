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
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.EvaluationListQuery;
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

    /** A page of the evaluations the caller may see, newest first, filtered by status, year and organisation. */
    @GET
    public JsonObject list(@QueryParam("status") String status, @QueryParam("year") String year,
                           @QueryParam("organisationId") String organisationId,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        EvaluationListQuery query = new EvaluationListQuery(ListParams.status(status, "status", errors),
                ListParams.year(year, "year", errors), ListParams.id(organisationId, "organisationId", errors),
                ListParams.count(page, "page", 0, errors),
                ListParams.size(size, EvaluationListQuery.DEFAULT_SIZE, EvaluationListQuery.MAX_SIZE, errors));
        if (errors.isEmpty()) {
            ListParams.pageWithin(query.page(), query.size(), EvaluationListQuery.MAX_OFFSET, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return EvaluationJson.list(queries.list(caller.get(), query));
    }

    /** The grade distribution of the evaluations the caller may see (the dashboard's pie), counted in the database. */
    @GET
    @Path("statistics")
    public JsonObject statistics() {
        var grades = org.perfeval.json.Json.BUILDERS.createObjectBuilder();
        long scored = 0;
        for (var g : queries.gradeCounts(caller.get()).entrySet()) {
            grades.add(g.getKey().label(), g.getValue());
            scored += g.getValue();
        }
        return org.perfeval.json.Json.BUILDERS.createObjectBuilder().add("grades", grades).add("scored", scored).build();
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
