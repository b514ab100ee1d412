package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.perfeval.workflow.task.TaskCommand.SetTargets;

/** setTargets: the indicator system replaces whatever the sheet had. */
@ApplicationScoped
public class SetTargetsHandler implements TaskHandler<SetTargets> {

    @Override
    public TaskKey key() {
        return TaskKey.SET_TARGETS;
    }

    @Override
    public TaskOutcome handle(SetTargets command, TaskContext context) {
        context.evaluation().setTargets(command.indicators());
        return TaskOutcome.noted(command.indicators().size() + "项指标");
    }
}
