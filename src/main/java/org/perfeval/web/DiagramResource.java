package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.perfeval.workflow.EvaluationQueries;

/** The evaluation's process diagram with the current step highlighted (PNG). */
@Path("evaluations/{id}/diagram")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class DiagramResource {

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationQueries queries;

    @GET
    @Produces("image/png")
    public Response diagram(@PathParam("id") String id) {
        return Response.ok(queries.diagram(EvaluationResource.parseId(id), caller.get()), "image/png").header("Cache-Control", "no-store").build();
    }
}
