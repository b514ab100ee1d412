package org.perfeval.selfevaluation;

/**
 * A file of forms received for a batch and not yet fully checked: its content is kept (by its
 * SHA-256) until then, and {@code formsRead} says how far checking got, so that it resumes there.
 */
public record FormUpload(long id, long batchId, String name, UploadKind kind, String sha256, int expected, int formsRead) {
}
