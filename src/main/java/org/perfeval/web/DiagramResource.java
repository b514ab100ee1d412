package org.perfeval.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.workflow.ProcessDiagrams;

/** The evaluation's process diagram with the current step highlighted (PNG). */
@Path("evaluations/{id}/diagram")
public class DiagramResource {

    @Inject
    CurrentCaller caller;

    @Inject
    EvaluationService evaluations;

    @Inject
    ProcessDiagrams diagrams;

    @GET
    @Produces("image/png")
    public Response diagram(@PathParam("id") String id) {
        var e = evaluations.visible(EvaluationResource.parseId(id), caller.get());
        return Response.ok(diagrams.png(e), "image/png").header("Cache-Control", "no-store").build();
    }
}
