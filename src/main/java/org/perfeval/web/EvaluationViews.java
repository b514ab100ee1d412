package org.perfeval.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.rectification.Rectification;
import org.perfeval.rectification.RectificationService;
import org.perfeval.security.Caller;
import org.perfeval.workflow.EvaluationWorkflow;

/** Reads an evaluation, or the caller's list, as the API shows them; one read-only transaction each. */
@ApplicationScoped
public class EvaluationViews {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.common.Json.BUILDERS;

    @Inject
    EvaluationService evaluations;

    @Inject
    RectificationService rectifications;

    @Inject
    EvaluationWorkflow workflow;

    @Transactional
    public JsonObject detail(long id, Caller caller) {
        Evaluation e = evaluations.visible(id, caller);
        return EvaluationJson.detail(e, evaluations.history(id), workflow.openTasksOf(id, caller),
                rectifications.ofEvaluation(id));
    }

    @Transactional
    public JsonObject list(Caller caller) {
        Set<Long> overdue = rectifications.overdue().stream().map(Rectification::getEvaluationId).collect(Collectors.toSet());
        JsonArrayBuilder items = JSON.createArrayBuilder();
        evaluations.visibleTo(caller).forEach(e -> items.add(EvaluationJson.summary(e, overdue.contains(e.getId()))));
        return JSON.createObjectBuilder().add("items", items).build();
    }
}
