package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfeval.evidence.EvidenceService;
import org.perfeval.rectification.RectificationService;
import org.perfeval.workflow.task.TaskCommand.RectificationEvidence;

/** rectificationEvidence: what was done, with evidence. */
@ApplicationScoped
public class RectificationEvidenceHandler implements TaskHandler<RectificationEvidence> {

    @Inject
    RectificationService rectifications;

    @Inject
    EvidenceService evidence;

    @Override
    public TaskKey key() {
        return TaskKey.RECTIFICATION_EVIDENCE;
    }

    @Override
    public TaskOutcome handle(RectificationEvidence command, TaskContext context) {
        return TaskOutcome.noted(rectifications.submitEvidence(context.rectificationId(), command.summary(),
                evidence.cite(context.evaluation().getId(), command.evidence(), "evidence")));
    }
}
