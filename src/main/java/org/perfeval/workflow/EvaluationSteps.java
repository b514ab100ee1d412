package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.evaluation.EvaluationStatus;

/** The lifecycle's other service tasks: report pre-fill, publication, refusal of the commission. */
@ApplicationScoped
@Named("evaluationSteps")
public class EvaluationSteps {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.common.Json.BUILDERS;

    @Inject
    EvaluationService evaluations;

    /** Pre-fills the draft report with the rule-drafted findings and their default recommendations. */
    public void prefillReport(DelegateExecution execution) {
        Evaluation e = evaluation(execution);
        JsonObject result = e.result();
        JsonArrayBuilder findings = JSON.createArrayBuilder();
        JsonArrayBuilder recommendations = JSON.createArrayBuilder();
        if (result != null) {
            for (JsonValue v : result.getJsonArray("findings")) {
                JsonObject f = (JsonObject) v;
                findings.add(JSON.createObjectBuilder().add("code", f.getString("code")).add("title", f.getString("title"))
                        .add("evidence", f.getString("evidence")));
                recommendations.add(JSON.createObjectBuilder().add("code", f.getString("code"))
                        .add("title", f.getString("recommendation")));
            }
        }
        e.recordReport(findings.build(), recommendations.build());
    }

    public void publish(DelegateExecution execution) {
        Evaluation e = evaluation(execution);
        e.markPublished(java.time.Instant.now());
        evaluations.changeStatus(e.getId(), EvaluationStatus.PUBLISHED, EvaluationStatusListener.actor());
        evaluations.record(e, EvaluationStatusListener.actor(), "publish", "评价报告已发布");
    }

    public void refuse(DelegateExecution execution) {
        Evaluation e = evaluation(execution);
        evaluations.changeStatus(e.getId(), EvaluationStatus.CANCELLED, EvaluationStatusListener.actor());
    }

    private Evaluation evaluation(DelegateExecution execution) {
        return evaluations.get(((Number) execution.getVariable("evaluationId")).longValue());
    }
}
