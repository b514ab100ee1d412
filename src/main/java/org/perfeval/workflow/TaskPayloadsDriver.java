package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.perfeval.security.Caller;

/** Completes the one open task with a given key of an evaluation, as a user would through the API. */
@ApplicationScoped
public class TaskPayloadsDriver {

    @Inject
    EvaluationWorkflow workflow;

    public void complete(Caller caller, long evaluationId, String key, JsonObject payload) {
        TaskView task = workflow.openTasksOf(evaluationId, caller).stream()
                .filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open task " + key + " in evaluation " + evaluationId));
        workflow.complete(caller, task.id(), payload);
    }
}
