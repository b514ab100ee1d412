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
    /** Deeper than this a filter serves better than paging (and page × size stays an int). */
    public static final long MAX_OFFSET = 100_000_000L;

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    public AuditQuery forEvaluation(long id) {
        return new AuditQuery(id, actor, action, target, from, until, page, size);
    }
}
