package org.perfeval.evaluation;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the comment matrix (意见采纳情况): a comment the department or the bureau made on the draft,
 * and the evaluator's answer to it.
 *
 * @param id the row's number within its evaluation, from 1 (the 序号 of the report's appendix)
 * @param round the review round the comment was made in: 1, then one more after each return by the bureau
 * @param author the user who made the comment
 * @param response null while the comment is open
 * @param explanation why it was partly or not adopted; null if none was given
 * @param resolution what was changed in the report; null if nothing was said
 */
public record ReviewComment(int id, CommentSource source, int round, String author, Instant at, String text,
                            CommentResponse response, String explanation, String resolution) {

    public ReviewComment {
        if (id < 1 || round < 1) {
            throw new IllegalArgumentException("comment id and round count from 1");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("comment text required");
        }
        explanation = CommentAnswer.blankToNull(explanation);
        resolution = CommentAnswer.blankToNull(resolution);
    }

    /** A new comment, not yet answered. */
    static ReviewComment open(int id, CommentSource source, int round, String author, Instant at, String text) {
        return new ReviewComment(id, source, round, author, at, text, null, null, null);
    }

    public boolean isOpen() {
        return response == null;
    }

    ReviewComment answeredBy(CommentAnswer answer) {
        return new ReviewComment(id, source, round, author, at, text, answer.response(), answer.explanation(),
                answer.resolution());
    }
}
