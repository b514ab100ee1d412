package org.perfeval.selfevaluation;

/** An agency's part of the on-site review: reviewing (again, when returned), submitted to the bureau, approved. */
public enum AssignmentStatus {
    REVIEWING, SUBMITTED, APPROVED
}
