package org.perfeval.selfevaluation;

/**
 * Where a batch of self-evaluation forms stands: open for forms, being checked, checked (the desk
 * review of every form done), then the on-site review (processes/self-evaluation-review.bpmn20.xml):
 * agencies reviewing the selection, the departments answering the results, closed.
 */
public enum BatchStatus {
    OPEN, CHECKING, CHECKED, IN_REVIEW, ANSWERING, CLOSED;

    /** Forms may come in until the selection is dispatched. */
    public boolean acceptsForms() {
        return this == OPEN || this == CHECKING || this == CHECKED;
    }
}
