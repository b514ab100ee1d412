package org.perfeval.evaluation;

/** Where a comment on the draft report came from (意见来源): the department's exchange of views or the bureau's review. */
public enum CommentSource {
    EXCHANGE_OF_VIEWS("被评价单位意见"),
    BUREAU_REVIEW("财政局审核意见");

    private final String label;

    CommentSource(String label) {
        this.label = label;
    }

    /** As the 意见来源 column of the report's appendix prints it. */
    public String label() {
        return label;
    }
}
