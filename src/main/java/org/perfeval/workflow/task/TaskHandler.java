package org.perfeval.workflow.task;

/** Applies one task's command to the domain; one implementation per {@link TaskKey}. */
public interface TaskHandler<C extends TaskCommand> {

    TaskKey key();

    /** Writes the domain (or throws, writing nothing) and says what the task completes with. */
    TaskOutcome handle(C command, TaskContext context);
}
