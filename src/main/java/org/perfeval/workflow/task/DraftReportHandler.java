package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.perfeval.workflow.task.TaskCommand.DraftReport;

/** draftReport: the evaluator's findings, recommendations and free-text sections. */
@ApplicationScoped
public class DraftReportHandler implements TaskHandler<DraftReport> {

    @Override
    public TaskKey key() {
        return TaskKey.DRAFT_REPORT;
    }

    @Override
    public TaskOutcome handle(DraftReport command, TaskContext context) {
        var e = context.evaluation();
        e.reviseDraft(command.findings(), command.recommendations(), command.sections());
        return TaskOutcome.noted("报告初稿: " + e.findings().size() + "个问题, " + e.recommendations().size() + "条建议");
    }
}
