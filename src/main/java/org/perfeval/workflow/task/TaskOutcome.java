package org.perfeval.workflow.task;

import java.util.Map;

/** What a completed task leaves behind: process variables for the gateways and a line for the history. */
public record TaskOutcome(Map<String, Object> variables, String detail) {

    public TaskOutcome {
        variables = Map.copyOf(variables);
    }

    public static TaskOutcome noted(String detail) {
        return new TaskOutcome(Map.of(), detail);
    }

    /** A yes/no decision for a gateway; "no" needs a written reason (the field named), "yes" may have one. */
    static TaskOutcome decision(String variable, boolean yes, String reason, String reasonField, String yesText,
                                String noPrefix) {
        boolean hasReason = reason != null && !reason.isBlank();
        if (!yes && !hasReason) {
            throw org.perfeval.common.ValidationException.of(reasonField, "选择否时须填写理由");
        }
        return new TaskOutcome(Map.of(variable, yes), yes ? yesText + (hasReason ? ": " + reason.strip() : "")
                : noPrefix + reason.strip());
    }
}
