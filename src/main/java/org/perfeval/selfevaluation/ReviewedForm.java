package org.perfeval.selfevaluation;

/**
 * A form of a batch with all that was made of it: the desk review, the on-site review when it was
 * selected and reviewed (else null), and the department's answer (else null).
 */
public record ReviewedForm(long id, FormReview desk, FormRecheck recheck, String answer) {
}
