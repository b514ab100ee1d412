package org.perfeval.evaluation;

/** A piece of evidence (佐证材料) the department refers to, by file name. */
public record EvidenceRef(String name) {

    public EvidenceRef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("evidence name required");
        }
        name = name.strip();
    }
}
