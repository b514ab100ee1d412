package org.perfeval.selfevaluation;

/** Why a form is in the on-site review: an error flag, among the largest budgets, the random draw, or the bureau's choice. */
public enum SelectionReason {
    ERRORS, LARGEST, RANDOM, MANUAL
}
