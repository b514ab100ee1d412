package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfeval.evidence.EvidenceService;

import org.perfeval.workflow.task.TaskCommand.CollectData;

/** collectData: actual values and checklist facts. */
@ApplicationScoped
public class CollectDataHandler implements TaskHandler<CollectData> {

    @Inject
    EvidenceService evidence;

    @Override
    public TaskKey key() {
        return TaskKey.COLLECT_DATA;
    }

    @Override
    public TaskOutcome handle(CollectData command, TaskContext context) {
        CitedEvidence.withStep(() -> context.evaluation().collectData(command.actuals(), command.checklist()),
                () -> context.evaluation().citeEvidence(CitedEvidence.resolve(evidence, context.evaluation(), command.evidence())));
        return TaskOutcome.noted("实际完成值已采集");
    }
}
