package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.perfeval.workflow.task.TaskCommand.Score;

/** score: the evaluator's judgments; the scoring step that follows computes the result. */
@ApplicationScoped
public class ScoreHandler implements TaskHandler<Score> {

    @Override
    public TaskKey key() {
        return TaskKey.SCORE;
    }

    @Override
    public TaskOutcome handle(Score command, TaskContext context) {
        context.evaluation().judge(command.judgments());
        return TaskOutcome.noted("评分已提交");
    }
}
