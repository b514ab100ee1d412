package org.perfeval.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.rectification.Rectification;
import org.perfeval.rectification.RectificationService;
import org.perfeval.rectification.RectificationStatus;

/** Rectifications of the caller's evaluations (one query); {@code ?overdue=true} is the bureau's list of overdue items. */
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
        Map<Long, Evaluation> visible = new LinkedHashMap<>();
        evaluations.visibleTo(caller.get()).forEach(e -> visible.put(e.getId(), e));
        List<Rectification> found = rectifications.ofEvaluations(visible.keySet());
        if (overdueOnly) {
            found = found.stream().filter(r -> r.isOverdue() && r.getStatus() != RectificationStatus.ACCEPTED)
                    .sorted(Comparator.comparing(Rectification::getDueAt).thenComparing(Rectification::getId)).toList();
        } else { // in the order of the caller's evaluation list
            Map<Long, List<Rectification>> byEvaluation = found.stream().collect(Collectors.groupingBy(Rectification::getEvaluationId));
            found = visible.keySet().stream().flatMap(id -> byEvaluation.getOrDefault(id, List.of()).stream()).toList();
        }
        var items = JSON.createArrayBuilder();
        found.forEach(r -> {
            Evaluation e = visible.get(r.getEvaluationId());
            items.add(EvaluationJson.rectification(r).add("evaluationTitle", e.getTitle())
                    .add("department", e.getSubject().getName()));
        });
        return JSON.createObjectBuilder().add("items", items).build();
    }
}
