package org.perfeval.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.perfeval.common.ConflictException;

/** The handler of each task key, found among the CDI beans. */
@ApplicationScoped
public class TaskHandlers {

    private final Map<TaskKey, TaskHandler<?>> byKey = new EnumMap<>(TaskKey.class);

    protected TaskHandlers() {
    }

    @Inject
    public TaskHandlers(@Any Instance<TaskHandler<?>> handlers) {
        handlers.forEach(h -> byKey.put(h.key(), h));
    }

    @SuppressWarnings("unchecked")
    public TaskOutcome handle(TaskCommand command, TaskContext context) {
        TaskHandler<TaskCommand> handler = (TaskHandler<TaskCommand>) byKey.get(command.key());
        if (handler == null) {
            throw new ConflictException("任务“" + command.key().id() + "”没有处理程序 (no handler)");
        }
        return handler.handle(command, context);
    }

    public boolean handles(TaskKey key) {
        return byKey.containsKey(key);
    }
}
