package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.perfeval.workflow.task.TaskCommand.DraftReport;

/** draftReport: the evaluator's findings, recommendations and free-text sections, and the answers to the comments. */
@ApplicationScoped
public class DraftReportHandler implements TaskHandler<DraftReport> {

    @Override
    public TaskKey key() {
        return TaskKey.DRAFT_REPORT;
    }

    @Override
    public TaskOutcome handle(DraftReport command, TaskContext context) {
        var e = context.evaluation();
        // answers and edits together: a draft with a comment left open or a required part empty changes nothing
        e.submitDraft(command.responses(), command.findings(), command.recommendations(), command.sections());
        String answered = command.responses().isEmpty() ? "" : ", 答复意见" + command.responses().size() + "条";
        return TaskOutcome.noted("报告初稿: " + e.findings().size() + "个问题, " + e.recommendations().size() + "条建议"
                + answered);
    }
}
