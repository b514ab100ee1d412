package org.perfeval.evaluation;

import org.perfeval.security.Caller;
import org.perfeval.security.Role;

/** Who may see an evaluation: the organisations taking part in it, and administrators. */
public final class EvaluationAccess {

    private EvaluationAccess() {
    }

    public static boolean visible(Evaluation e, Caller caller) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        long org = caller.organisationId();
        return switch (caller.role()) {
            case DEPARTMENT -> e.getSubject().getId() == org;
            case EVALUATOR -> e.getAgency().getId() == org;
            case BUREAU -> e.getBureau().getId() == org;
            case ADMIN -> true;
        };
    }
}
