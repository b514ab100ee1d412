package org.perfeval.audit;

/**
 * The result of walking the whole chain.
 *
 * @param firstBrokenId the first entry whose fields, hash or link to the one before do not match;
 *                      null when the chain is whole
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenId) {
}
