package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.perfeval.workflow.task.TaskCommand.CollectData;

/** collectData: actual values and checklist facts. */
@ApplicationScoped
public class CollectDataHandler implements TaskHandler<CollectData> {

    @Override
    public TaskKey key() {
        return TaskKey.COLLECT_DATA;
    }

    @Override
    public TaskOutcome handle(CollectData command, TaskContext context) {
        context.evaluation().collectData(command.actuals(), command.checklist());
        return TaskOutcome.noted("实际完成值已采集");
    }
}
