package org.perfeval.evaluation;

import java.util.Objects;

/**
 * The evaluator's answer to one comment of the matrix, as the draftReport task gives it.
 *
 * @param commentId the {@link ReviewComment#id()} answered
 * @param explanation why the comment was partly or not adopted; null if none is given
 * @param resolution what was changed in the report (修改情况); null if nothing is said
 */
public record CommentAnswer(int commentId, CommentResponse response, String explanation, String resolution) {

    public CommentAnswer {
        Objects.requireNonNull(response, "response");
        explanation = blankToNull(explanation);
        resolution = blankToNull(resolution);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
