package org.perfeval.evaluation;

/** The evaluator's answer to a comment (采纳情况); anything short of adopting it needs an explanation. */
public enum CommentResponse {
    ADOPTED("采纳"),
    PARTLY("部分采纳"),
    NOT_ADOPTED("未采纳");

    private final String label;

    CommentResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Partly or not adopted: the commenter is owed the reason. */
    public boolean needsExplanation() {
        return this != ADOPTED;
    }
}
