package org.perfeval.workflow.task;

import java.util.Map;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.security.Caller;

/** The task being completed: its evaluation, the process variables it sees, and who completes it. */
public record TaskContext(Evaluation evaluation, Map<String, Object> processVariables, Caller actor) {

    /** The rectification a rectification task belongs to. */
    public long rectificationId() {
        return ((Number) processVariables.get("rectificationId")).longValue();
    }
}
