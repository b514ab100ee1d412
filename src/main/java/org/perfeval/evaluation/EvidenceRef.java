package org.perfeval.evaluation;

/**
 * A piece of evidence (佐证材料) cited by a task: an uploaded file by its id (its name filled in
 * from the file once resolved), or, as before files could be uploaded, a file name alone.
 *
 * @param fileId null for a name alone
 * @param name null only for a cited file not yet resolved
 */
public record EvidenceRef(Long fileId, String name) {

    public EvidenceRef {
        if (fileId == null && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("evidence name or file required");
        }
        name = name == null ? null : name.strip();
    }

    public EvidenceRef(String name) {
        this(null, name);
    }

    public static EvidenceRef file(long fileId) {
        return new EvidenceRef(fileId, null);
    }

    /** How a reader names it: the file's name, or its number while unresolved. */
    public String label() {
        return name != null ? name : "文件" + fileId;
    }
}
