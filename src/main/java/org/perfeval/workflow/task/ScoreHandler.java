package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfeval.evidence.EvidenceService;

import org.perfeval.workflow.task.TaskCommand.Score;

/** score: the evaluator's judgments; the scoring step that follows computes the result. */
@ApplicationScoped
public class ScoreHandler implements TaskHandler<Score> {

    @Inject
    EvidenceService evidence;

    @Override
    public TaskKey key() {
        return TaskKey.SCORE;
    }

    @Override
    public TaskOutcome handle(Score command, TaskContext context) {
        CitedEvidence.withStep(() -> context.evaluation().judge(command.judgments()),
                () -> context.evaluation().citeEvidence(CitedEvidence.resolve(evidence, context.evaluation(), command.evidence())));
        return TaskOutcome.noted("评分已提交");
    }
}
