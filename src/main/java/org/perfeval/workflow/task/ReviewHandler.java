package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.perfeval.workflow.task.TaskCommand.Review;

/** review: the bureau approves (the report is published) or returns the draft to scoring with comments. */
@ApplicationScoped
public class ReviewHandler implements TaskHandler<Review> {

    @Override
    public TaskKey key() {
        return TaskKey.REVIEW;
    }

    @Override
    public TaskOutcome handle(Review command, TaskContext context) {
        return TaskOutcome.decision("approved", command.approved(), command.comments(), "comments", "审核通过", "退回: ");
    }
}
