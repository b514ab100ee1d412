package org.perfeval.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.db.DbSqlSession;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * Keeps {@code pe_open_task}, the inbox's table, in step with the engine: a row per candidate group
 * when a user task is created, its assignee when claimed, gone when the task completes or is deleted
 * with its process. It writes on the engine's own connection inside the engine's command, so the row
 * commits or rolls back with the task itself; a failure here fails the command.
 */
final class OpenTaskRecorder implements FlowableEventListener {

    private static final Set<FlowableEventType> TYPES = Set.of(FlowableEngineEventType.TASK_CREATED,
            FlowableEngineEventType.TASK_ASSIGNED, FlowableEngineEventType.TASK_COMPLETED, FlowableEngineEventType.ENTITY_DELETED);

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)) {
            return;
        }
        try {
            if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
                created(task);
            } else if (event.getType() == FlowableEngineEventType.TASK_ASSIGNED) {
                update("update pe_open_task set assignee = ? where task_id = ?", task.getAssignee(), task.getId());
            } else {
                update("delete from pe_open_task where task_id = ?", task.getId());
            }
        } catch (SQLException e) {
            throw new FlowableException("cannot record open task " + task.getId() + " in the inbox", e);
        }
    }

    private static void created(TaskEntity task) throws SQLException {
        Long evaluationId = evaluationOf(task);
        if (evaluationId == null) {
            return;
        }
        List<String> groups = task.getIdentityLinks().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId).distinct().toList();
        try (PreparedStatement insert = connection().prepareStatement("insert into pe_open_task (task_id, candidate_group,"
                + " assignee, task_key, task_name, evaluation_id, due_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String group : groups) {
                insert.setString(1, task.getId());
                insert.setString(2, group);
                insert.setString(3, task.getAssignee());
                insert.setString(4, task.getTaskDefinitionKey());
                insert.setString(5, task.getName());
                insert.setLong(6, evaluationId);
                insert.setTimestamp(7, timestamp(task.getDueDate()));
                insert.setTimestamp(8, timestamp(task.getCreateTime()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The evaluation is the process instance's business key, inherited by the rectification sub-processes. */
    private static Long evaluationOf(TaskEntity task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        ExecutionEntity instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        String key = instance == null ? null : instance.getBusinessKey();
        // a process of no evaluation (none is deployed today) has no inbox row rather than failing the engine
        boolean evaluationId = key != null && !key.isEmpty() && key.length() <= 18 && key.chars().allMatch(Character::isDigit);
        return evaluationId ? Long.valueOf(key) : null;
    }

    private static void update(String sql, String... params) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static Connection connection() {
        return Context.getCommandContext().getSession(DbSqlSession.class).getSqlSession().getConnection();
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }

    @Override
    public Collection<? extends FlowableEventType> getTypes() {
        return TYPES;
    }
}
