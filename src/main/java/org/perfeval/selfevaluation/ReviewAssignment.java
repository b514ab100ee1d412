package org.perfeval.selfevaluation;

import java.time.Instant;

/**
 * The forms of a batch dispatched (下达) to one agency for the on-site review: its deadline, where
 * it stands, the bureau's reason when it last returned it, and how many of its forms are rechecked.
 */
public record ReviewAssignment(long id, long batchId, long agencyId, String agencyName, AssignmentStatus status,
                               Instant dueAt, Instant submittedAt, Instant decidedAt, String returnReason, int returns,
                               boolean overdue, int forms, int rechecked) {
}
