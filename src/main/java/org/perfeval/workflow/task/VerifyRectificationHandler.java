package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.perfeval.rectification.RectificationService;
import org.perfeval.workflow.task.TaskCommand.VerifyRectification;

/** verifyRectification: the bureau accepts the rectification or returns it with comments. */
@ApplicationScoped
public class VerifyRectificationHandler implements TaskHandler<VerifyRectification> {

    @Inject
    RectificationService rectifications;

    @Override
    public TaskKey key() {
        return TaskKey.VERIFY_RECTIFICATION;
    }

    @Override
    public TaskOutcome handle(VerifyRectification command, TaskContext context) {
        rectifications.verify(context.rectificationId(), command.accepted(), command.comments(), context.evaluation());
        return new TaskOutcome(Map.of("rectificationAccepted", command.accepted()),
                command.accepted() ? "整改验收通过" : "整改材料退回: " + command.comments());
    }
}
