package org.perfeval.workflow;

import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.variable.api.delegate.VariableScope;

/**
 * What the process's service tasks and listeners need to know of the use case that moved it: the
 * acting user, as the use case gave it to the engine (system for timers), and the evaluation.
 */
final class ProcessActor {

    private ProcessActor() {
    }

    /** Runs engine work as this user, so that the process's history and service tasks name them. */
    static void asUser(String username, Runnable work) {
        String previous = Authentication.getAuthenticatedUserId();
        try {
            Authentication.setAuthenticatedUserId(username);
            work.run();
        } finally {
            Authentication.setAuthenticatedUserId(previous);
        }
    }

    static String current() {
        String user = Authentication.getAuthenticatedUserId();
        return user == null ? "system" : user;
    }

    static long evaluationId(VariableScope scope) {
        return ((Number) scope.getVariable("evaluationId")).longValue();
    }

    static long rectificationId(DelegateExecution execution) {
        return ((Number) execution.getVariable("rectificationId")).longValue();
    }
}
