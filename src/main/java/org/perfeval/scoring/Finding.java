package org.perfeval.scoring;

import java.util.List;

/**
 * A finding (问题) with its evidence figures and the default recommendation (建议) the evaluator may edit.
 *
 * @param path the indicator a {@code TARGET_NOT_MET} finding is about; empty for a rule's finding, which is
 *             about the unit as a whole
 */
public record Finding(String code, String title, String evidence, String recommendation, List<String> path) {

    public static final String TARGET_NOT_MET = "TARGET_NOT_MET";

    public Finding {
        path = path == null ? List.of() : List.copyOf(path);
    }

    /** A rule's finding about the unit as a whole. */
    public Finding(String code, String title, String evidence, String recommendation) {
        this(code, title, evidence, recommendation, List.of());
    }

    public boolean aboutIndicator() {
        return !path.isEmpty();
    }
}
