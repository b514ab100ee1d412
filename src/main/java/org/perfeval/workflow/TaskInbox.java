package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.security.Caller;

/**
 * The caller's open tasks as one query over the engine's runtime tables, joined to the evaluations
 * by the process's business key (the evaluation id, inherited by the rectification sub-processes).
 * The engine's task query would read every task's process variables and then each evaluation's
 * title one by one; with a province's tasks in the tables that is the whole inbox's cost.
 * Open to the caller: tasks of the caller's candidate group (found through the engine's index on
 * the group) that are unclaimed or claimed by the caller, as the engine's own candidate query has it.
 */
@ApplicationScoped
public class TaskInbox {

    /** A filter over the inbox and the page wanted (from 0). */
    public record Filter(Long evaluationId, String key, int page, int size) {
        public static final int DEFAULT_SIZE = 100;
        public static final int MAX_SIZE = 500;
        public static final long MAX_OFFSET = 10_000_000L;

        public Filter {
            page = Math.max(page, 0);
            size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        }
    }

    /** A page of the inbox and how many tasks match the filter in all. */
    public record Page(List<TaskView> items, long total) {
    }

    private static final String FROM = " from ACT_RU_TASK t"
            + " join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
            + " join pe_evaluation e on e.id = cast(p.BUSINESS_KEY_ as bigint)"
            + " where exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_"
            + " and l.TYPE_ = 'candidate' and l.GROUP_ID_ = ?1)"
            + " and (t.ASSIGNEE_ is null or t.ASSIGNEE_ = ?2)";

    @PersistenceContext(unitName = "perfeval")
    EntityManager em;

    public Page of(Caller caller, Filter filter) {
        StringBuilder where = new StringBuilder(FROM);
        List<Object> params = new ArrayList<>(List.of(caller.role().groupOf(caller.organisationId()), caller.username()));
        if (filter.evaluationId() != null) {
            params.add(String.valueOf(filter.evaluationId()));
            where.append(" and p.BUSINESS_KEY_ = ?").append(params.size());
        }
        if (filter.key() != null) {
            params.add(filter.key());
            where.append(" and t.TASK_DEF_KEY_ = ?").append(params.size());
        }
        Query rows = em.createNativeQuery("select t.ID_, t.TASK_DEF_KEY_, t.NAME_, e.id, e.title, t.DUE_DATE_, t.ASSIGNEE_"
                + where + " order by t.CREATE_TIME_, t.ID_");
        Query count = em.createNativeQuery("select count(*)" + where);
        for (int i = 0; i < params.size(); i++) {
            rows.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        rows.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size());
        List<TaskView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new TaskView((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(), (String) r[4],
                    instant(r[5]), (String) r[6]));
        }
        return new Page(items, ((Number) count.getSingleResult()).longValue());
    }

    /** The engine writes its dates as JDBC timestamps in the JVM's zone; drivers hand them back as either type. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalStateException("unexpected date type " + value.getClass());
    }
}
