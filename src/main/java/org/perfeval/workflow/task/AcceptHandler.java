package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfeval.common.ValidationException;
import org.perfeval.security.Directory;
import org.perfeval.workflow.task.TaskCommand.Accept;

/** accept: the agency takes the commission unless a conflict of interest (回避) is on record; a refusal needs a reason. */
@ApplicationScoped
public class AcceptHandler implements TaskHandler<Accept> {

    @Inject
    Directory directory;

    @Override
    public TaskKey key() {
        return TaskKey.ACCEPT;
    }

    @Override
    public TaskOutcome handle(Accept command, TaskContext context) {
        TaskOutcome outcome = TaskOutcome.decision("accepted", command.accepted(), command.reason(), "reason",
                "接受委托", "拒绝委托: ");
        var e = context.evaluation();
        if (command.accepted() && directory.conflicted(e.getAgency().getId(), e.getSubject().getId())) {
            throw ValidationException.of("accepted",
                    "评价机构与被评价单位存在利害关系，须回避，不能接受委托 (recorded conflict of interest)");
        }
        return outcome;
    }
}
