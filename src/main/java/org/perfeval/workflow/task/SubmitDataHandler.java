package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.perfeval.workflow.task.TaskCommand.SubmitData;

/** submitData: the department's funds and evidence. */
@ApplicationScoped
public class SubmitDataHandler implements TaskHandler<SubmitData> {

    @Override
    public TaskKey key() {
        return TaskKey.SUBMIT_DATA;
    }

    @Override
    public TaskOutcome handle(SubmitData command, TaskContext context) {
        context.evaluation().submitFunds(command.funds(), command.evidence());
        return TaskOutcome.noted("资金数据已提交");
    }
}
