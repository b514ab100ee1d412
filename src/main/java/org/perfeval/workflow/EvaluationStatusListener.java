package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.common.engine.impl.identity.Authentication;
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
        long id = ((Number) task.getVariable("evaluationId")).longValue();
        evaluations.changeStatus(id, EvaluationStatus.valueOf(status), actor());
    }

    static String actor() {
        String user = Authentication.getAuthenticatedUserId();
        return user == null ? "system" : user;
    }
}
