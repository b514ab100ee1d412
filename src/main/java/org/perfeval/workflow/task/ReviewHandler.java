package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.workflow.task.TaskCommand.Review;

/**
 * review: the bureau approves (the report is published) or returns the draft to scoring with comments, which
 * become rows of the comment matrix for the evaluator to answer in the next draft.
 */
@ApplicationScoped
public class ReviewHandler implements TaskHandler<Review> {

    @Inject
    Clock clock;

    @Override
    public TaskKey key() {
        return TaskKey.REVIEW;
    }

    @Override
    public TaskOutcome handle(Review command, TaskContext context) {
        if (command.approved()) {
            // nothing unfinished is published
            context.evaluation().requireCompleteReport();
        }
        TaskOutcome outcome = TaskOutcome.decision("approved", command.approved(), command.comments(), "comments",
                "审核通过", "退回: ");
        if (!command.approved()) {
            context.evaluation().recordComments(CommentSource.BUREAU_REVIEW, context.actor().username(),
                    Instant.now(clock), command.comments());
        }
        return outcome;
    }
}
