package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.platform.CrashTestPause;
import org.perfeval.scoring.ScoreResult;
import org.perfeval.scoring.ScoringService;

/** Service task after the evaluator's scoring: computes the whole result and stores it with the evaluation. */
@ApplicationScoped
@Named("evaluationScoring")
public class EvaluationScoringStep {

    @Inject
    EvaluationService evaluations;

    @Inject
    ScoringService scoring;

    public void score(DelegateExecution execution) {
        Evaluation evaluation = evaluations.get(ProcessActor.evaluationId(execution));
        ScoreResult result = scoring.score(evaluation.sheet());
        evaluation.recordResult(result);
        evaluations.record(evaluation, ProcessActor.current(), "scored",
                "总分 " + result.total().points().toPlainString() + "，等级 " + result.grade().label());
        CrashTestPause.at("score", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }
}
