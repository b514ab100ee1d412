package org.perfeval.selfevaluation;

import java.time.Instant;

/**
 * A batch of a year's self-evaluation forms under review, with its progress: {@code expected} forms
 * counted in the files received, {@code processed} read and checked so far (unreadable ones included,
 * which {@code failed} counts), {@code flagged} forms with at least one flag, {@code withErrors} with an
 * error flag.
 *
 * @param sampling null until forms were selected for the on-site review
 * @param answerDueAt until when departments may answer the results (null before)
 */
public record ReviewBatch(long id, int year, String name, long organisationId, ReviewRules rules, BatchStatus status,
                          String createdBy, Instant createdAt, int expected, int processed, int failed, int flagged,
                          int withErrors, Sampling sampling, java.time.Instant answerDueAt, java.time.Instant closedAt) {
}
