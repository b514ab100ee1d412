package org.perfeval.selfevaluation;

/**
 * Where a batch of self-evaluation forms stands: open for forms, being checked, checked (the desk
 * review of every form done), then the on-site review's own states until it closes.
 */
public enum BatchStatus {
    OPEN, CHECKING, CHECKED, IN_REVIEW, SUBMITTED, APPROVED, ANSWERING, CLOSED;

    /** Forms may come in until the selection is dispatched. */
    public boolean acceptsForms() {
        return this == OPEN || this == CHECKING || this == CHECKED;
    }
}
