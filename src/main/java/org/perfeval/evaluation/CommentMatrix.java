package org.perfeval.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;

/**
 * The rules of the comment matrix (意见采纳情况): comments become open rows, and the evaluator's answers close
 * them. Errors name the fields of the draftReport payload ({@code responses[i]...}).
 */
final class CommentMatrix {

    /** How much of an open comment its error message quotes. */
    private static final int EXCERPT = 30;

    private CommentMatrix() {
    }

    /** The rows with the comments of one submission added, numbered on, in the review round under way. */
    static List<ReviewComment> withComments(List<ReviewComment> rows, CommentSource source, String author, Instant at,
                                            String text) {
        int round = 1 + rows.stream().filter(c -> c.source() == CommentSource.BUREAU_REVIEW)
                .mapToInt(ReviewComment::round).max().orElse(0);
        int next = 1 + rows.stream().mapToInt(ReviewComment::id).max().orElse(0);
        List<ReviewComment> out = new ArrayList<>(rows);
        for (String item : CommentText.items(text)) {
            out.add(ReviewComment.open(next++, source, round, author, at, item));
        }
        return out;
    }

    /**
     * The rows with the answers applied (an answered row may be answered again while the report is a draft).
     * Refused whole, every problem named: an unknown or twice-answered comment, a partial or refused adoption
     * without its reason, and any comment still open afterwards, since the draft goes on only fully answered.
     */
    static List<ReviewComment> answered(List<ReviewComment> rows, List<CommentAnswer> answers) {
        List<ReviewComment> out = new ArrayList<>(rows);
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            CommentAnswer answer = answers.get(i);
            String at = "responses[" + i + "]";
            int index = indexOf(out, answer.commentId());
            if (index < 0) {
                errors.add(new FieldError(at + ".commentId", "没有编号为" + answer.commentId() + "的意见"));
            } else if (!seen.add(answer.commentId())) {
                errors.add(new FieldError(at + ".commentId", "意见" + answer.commentId() + "重复答复"));
            } else if (answer.response().needsExplanation() && answer.explanation() == null) {
                errors.add(new FieldError(at + ".explanation", "部分采纳或未采纳须说明理由"));
            } else {
                out.set(index, out.get(index).answeredBy(answer));
            }
        }
        for (ReviewComment c : out) {
            if (c.isOpen() && !seen.contains(c.id())) {
                errors.add(new FieldError("responses", "意见" + c.id() + "尚未答复：" + excerpt(c.text())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    private static int indexOf(List<ReviewComment> rows, int id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The comment's first line, cut to a few words; "…" says there is more. */
    private static String excerpt(String text) {
        String line = text.lines().findFirst().orElse("");
        if (line.codePointCount(0, line.length()) > EXCERPT) {
            return line.substring(0, line.offsetByCodePoints(0, EXCERPT)) + "…";
        }
        return line.length() < text.length() ? line + "…" : line;
    }
}
