package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfeval.rectification.RectificationService;
import org.perfeval.workflow.task.TaskCommand.RectificationPlan;

/** rectificationPlan: the department's measures and completion date. */
@ApplicationScoped
public class RectificationPlanHandler implements TaskHandler<RectificationPlan> {

    @Inject
    RectificationService rectifications;

    @Override
    public TaskKey key() {
        return TaskKey.RECTIFICATION_PLAN;
    }

    @Override
    public TaskOutcome handle(RectificationPlan command, TaskContext context) {
        return TaskOutcome.noted(rectifications.plan(context.rectificationId(), command.measures(), command.dueDate()));
    }
}
