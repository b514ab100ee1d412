package org.perfeval.audit;

/**
 * The result of walking the whole chain.
 *
 * @param firstBrokenId the first entry whose fields, hash or link to the one before do not match;
 *                      null when the chain is whole
 * @param headHash the newest entry's hash: kept outside the database (printed, mailed, signed), it
 *                 shows later that nobody rewrote the chain up to it, hashes recomputed included
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenId, String headHash) {
}
