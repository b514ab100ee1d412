package org.perfeval.audit;

import java.time.Instant;

/**
 * A filter over the trail, every criterion optional, and the page wanted (from 0).
 *
 * @param actor exact user name
 * @param action exact action, e.g. {@code score} or {@code user.disable}
 * @param target a prefix such as {@code user:} or {@code evaluation:12}
 */
public record AuditQuery(Long evaluationId, String actor, String action, String target, Instant from, Instant until,
                         int page, int size) {

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    public static AuditQuery ofEvaluation(long evaluationId) {
        return new AuditQuery(evaluationId, null, null, null, null, null, 0, MAX_SIZE);
    }

    public AuditQuery forEvaluation(long id) {
        return new AuditQuery(id, actor, action, target, from, until, page, size);
    }
}
