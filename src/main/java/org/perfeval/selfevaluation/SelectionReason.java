package org.perfeval.selfevaluation;

/**
 * Why a form is in the on-site review: an error flag, among the largest budgets, the random draw, or
 * the bureau's choice; {@code REMOVED} marks a form the bureau took out of the selection by hand.
 */
public enum SelectionReason {
    ERRORS, LARGEST, RANDOM, MANUAL, REMOVED
}
