package org.perfeval.workflow;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * Test-only replacement of the scoring service task, added to the deployment by the integration
 * test: for evaluations whose title carries {@link #MARKER} it first does the real work (domain
 * writes included), then fails, so the test can show that nothing of the request survives.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
@Named("evaluationScoring")
public class FailingScoringStep extends EvaluationScoringStep {

    public static final String MARKER = "[故障注入]";

    @Override
    public void score(DelegateExecution execution) {
        super.score(execution);
        long id = ((Number) execution.getVariable("evaluationId")).longValue();
        if (evaluations.get(id).getTitle().contains(MARKER)) {
            throw new IllegalStateException("injected failure after the domain writes of scoring");
        }
    }
}
