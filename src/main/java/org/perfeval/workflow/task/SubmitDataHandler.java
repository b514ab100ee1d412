package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfeval.evidence.EvidenceService;

import org.perfeval.workflow.task.TaskCommand.SubmitData;

/** submitData: the department's funds and evidence. */
@ApplicationScoped
public class SubmitDataHandler implements TaskHandler<SubmitData> {

    @Inject
    EvidenceService evidence;

    @Override
    public TaskKey key() {
        return TaskKey.SUBMIT_DATA;
    }

    @Override
    public TaskOutcome handle(SubmitData command, TaskContext context) {
        context.evaluation().submitFunds(command.funds(),
                evidence.cite(context.evaluation().getId(), command.evidence(), "evidence"));
        return TaskOutcome.noted("资金数据已提交");
    }
}
