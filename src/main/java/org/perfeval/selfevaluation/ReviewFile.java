package org.perfeval.selfevaluation;

import java.time.Instant;
import org.perfeval.evidence.FileType;

/** A file of evidence for the on-site review (佐证材料), uploaded to a batch by an agency or the bureau. */
public record ReviewFile(long id, long batchId, long organisationId, String name, long size, String sha256, FileType type,
                         String uploadedBy, Instant uploadedAt) {
}
