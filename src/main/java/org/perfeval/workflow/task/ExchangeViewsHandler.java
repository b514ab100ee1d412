package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.workflow.task.TaskCommand.ExchangeViews;

/**
 * exchangeViews: the department agrees with the draft, or says why not; its comments become rows of the
 * comment matrix, and the process sends the draft back to the evaluator to answer them.
 */
@ApplicationScoped
public class ExchangeViewsHandler implements TaskHandler<ExchangeViews> {

    @Inject
    Clock clock;

    @Override
    public TaskKey key() {
        return TaskKey.EXCHANGE_VIEWS;
    }

    @Override
    public TaskOutcome handle(ExchangeViews command, TaskContext context) {
        TaskOutcome outcome = TaskOutcome.decision("agreed", command.agree(), command.comments(), "comments",
                "被评价单位同意", "被评价单位意见: ");
        if (!command.agree()) {
            context.evaluation().recordComments(CommentSource.EXCHANGE_OF_VIEWS, context.actor().username(),
                    Instant.now(clock), command.comments());
        }
        return outcome;
    }
}
