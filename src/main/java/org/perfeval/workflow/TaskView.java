package org.perfeval.workflow;

import java.time.Instant;

/** An open user task as the API lists it. */
public record TaskView(String id, String key, String name, long evaluationId, String evaluationTitle,
                       Instant dueDate, String assignee) {
}
