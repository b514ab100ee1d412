package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.perfeval.workflow.task.TaskCommand.ExchangeViews;

/** exchangeViews: the department agrees with the draft, or says why not. */
@ApplicationScoped
public class ExchangeViewsHandler implements TaskHandler<ExchangeViews> {

    @Override
    public TaskKey key() {
        return TaskKey.EXCHANGE_VIEWS;
    }

    @Override
    public TaskOutcome handle(ExchangeViews command, TaskContext context) {
        return TaskOutcome.decision("agreed", command.agree(), command.comments(), "comments", "被评价单位同意",
                "被评价单位意见: ");
    }
}
