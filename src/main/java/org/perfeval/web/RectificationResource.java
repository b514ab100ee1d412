package org.perfeval.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.perfeval.common.NotFoundException;
import org.perfeval.evaluation.EvaluationAccess;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.rectification.RectificationService;
import org.perfeval.security.Caller;

/** Rectifications across evaluations; {@code ?overdue=true} is the bureau's list of overdue items. */
@Path("rectifications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RectificationResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.common.Json.BUILDERS;

    @Inject
    CurrentCaller caller;

    @Inject
    RectificationService rectifications;

    @Inject
    EvaluationService evaluations;

    @GET
    @Transactional
    public JsonObject list(@QueryParam("overdue") boolean overdueOnly) {
        Caller c = caller.get();
        var items = JSON.createArrayBuilder();
        var found = overdueOnly ? rectifications.visibleOverdue(id -> visible(id, c))
                : evaluations.visibleTo(c).stream().flatMap(e -> rectifications.ofEvaluation(e.getId()).stream()).toList();
        found.forEach(r -> {
            var e = evaluations.get(r.getEvaluationId());
            items.add(EvaluationJson.rectification(r).add("evaluationTitle", e.getTitle())
                    .add("department", e.getSubject().getName()));
        });
        return JSON.createObjectBuilder().add("items", items).build();
    }

    private boolean visible(long evaluationId, Caller c) {
        try {
            return EvaluationAccess.visible(evaluations.get(evaluationId), c);
        } catch (NotFoundException e) {
            return false;
        }
    }
}
