package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.task.service.delegate.DelegateTask;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.evaluation.EvaluationStatus;

/** Keeps the evaluation's status in step with the process: each user task names the status it stands for. */
@ApplicationScoped
@Named("evaluationStatus")
public class EvaluationStatusListener {

    @Inject
    EvaluationService evaluations;

    public void enter(DelegateTask task, String status) {
        evaluations.enter(ProcessActor.evaluationId(task), EvaluationStatus.valueOf(status), ProcessActor.current());
    }
}
