package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.evaluation.DraftTemplateLibrary;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.platform.CrashTestPause;

/** The lifecycle's other service tasks: report pre-fill, publication, refusal of the commission. */
@ApplicationScoped
@Named("evaluationSteps")
public class EvaluationSteps {

    @Inject
    EvaluationService evaluations;

    @Inject
    DraftTemplateLibrary draftTemplates;

    /** Pre-fills the draft report: the problems and recommendations as paragraphs from the templates, the 摘要. */
    public void prefillReport(DelegateExecution execution) {
        evaluations.get(ProcessActor.evaluationId(execution)).prefillReport(draftTemplates.templates());
        CrashTestPause.at("prefillReport", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }

    public void publish(DelegateExecution execution) {
        evaluations.publish(ProcessActor.evaluationId(execution), ProcessActor.current());
        CrashTestPause.at("publish", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }

    public void refuse(DelegateExecution execution) {
        evaluations.enter(ProcessActor.evaluationId(execution), EvaluationStatus.CANCELLED, ProcessActor.current());
        CrashTestPause.at("refuse", execution.getCurrentActivityId(), ProcessActor.evaluationId(execution));
    }
}
