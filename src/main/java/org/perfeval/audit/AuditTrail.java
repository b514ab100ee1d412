package org.perfeval.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of every change. Appending takes the lock of the chain's one head row
 * for the rest of the transaction, so entries are numbered without gaps and each carries the hash
 * of the one committed before it; a use case's entries are appended together as its last step
 * ({@link AuditBuffer}), so that the lock is held from there to the commit only; {@link #verify()} walks the chain and finds any entry that was
 * altered, removed or inserted. There is no update or delete here, by design.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "perfeval")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditBuffer buffer;

    /**
     * Records an event: at the end of the use case when one is running ({@link AuditBuffer}),
     * otherwise at once.
     */
    public void record(AuditEvent event) {
        if (buffer.deferring()) {
            buffer.add(event);
        } else {
            append(List.of(event));
        }
    }

    /** Appends what the ending use case collected, in the order it happened. */
    public void appendCollected() {
        append(buffer.drain());
    }

    /** Forgets what the use case collected (its transaction rolls back). */
    public void discardCollected() {
        buffer.drain();
    }

    private void append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.createNativeQuery("update pe_audit_head set last_id = last_id + ?1 where id = 1")
                .setParameter(1, events.size()).executeUpdate();
        Object[] head = (Object[]) em.createNativeQuery("select last_id, last_hash from pe_audit_head where id = 1")
                .getSingleResult();
        long id = ((Number) head[0]).longValue() - events.size();
        String previous = (String) head[1];
        Instant at = Instant.now(clock);
        for (AuditEvent event : events) {
            AuditEntry entry = new AuditEntry(++id, at, event, previous);
            em.persist(entry);
            previous = entry.hash();
        }
        em.createNativeQuery("update pe_audit_head set last_hash = ?1 where id = 1")
                .setParameter(1, previous).executeUpdate();
    }

    /** Records only when the change touched something. */
    public void recordChange(AuditEvent event) {
        if (!event.before().isEmpty() || !event.after().isEmpty()) {
            record(event);
        }
    }

    public AuditPage find(AuditQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.evaluationId() != null) {
            where.append(" and a.evaluationId = :evaluation");
            params.put("evaluation", query.evaluationId());
        }
        if (query.actor() != null) {
            where.append(" and a.actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            where.append(" and a.action = :action");
            params.put("action", query.action());
        }
        if (query.target() != null) {
            where.append(" and a.target like :target escape '\\'");
            params.put("target", query.target().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.from() != null) {
            where.append(" and a.at >= :from");
            params.put("from", AuditEntry.AT.format(query.from()));
        }
        if (query.until() != null) {
            where.append(" and a.at < :until");
            params.put("until", AuditEntry.AT.format(query.until()));
        }
        TypedQuery<AuditEntry> items = em.createQuery("select a from AuditEntry a" + where + " order by a.id", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEntry> page = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        return new AuditPage(page, count.getSingleResult());
    }

    /**
     * Walks the chain up to the head as it is now, in order; reads in batches so that memory stays
     * flat however long it is. Entries appended meanwhile are left for the next verification.
     */
    public AuditVerification verify() {
        Object[] head = (Object[]) em.createNativeQuery("select last_id, last_hash from pe_audit_head where id = 1")
                .getSingleResult();
        long lastId = ((Number) head[0]).longValue();
        String headHash = (String) head[1];
        long expectedId = 1;
        String previous = AuditChain.GENESIS;
        while (expectedId <= lastId) {
            List<AuditEntry> batch = em.createQuery("select a from AuditEntry a where a.id >= :from and a.id <= :last"
                            + " order by a.id", AuditEntry.class).setParameter("from", expectedId).setParameter("last", lastId)
                    .setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                boolean intact = e.id() == expectedId && e.previousHash().equals(previous)
                        && e.hash().equals(e.computedHash());
                if (!intact) {
                    return new AuditVerification(false, expectedId - 1, Math.min(e.id(), expectedId), headHash);
                }
                previous = e.hash();
                expectedId++;
                em.detach(e);
            }
        }
        if (expectedId <= lastId || !previous.equals(headHash)) {
            // entries at the end were removed (or the head was tampered with)
            return new AuditVerification(false, expectedId - 1, expectedId, headHash);
        }
        return new AuditVerification(true, lastId, null, headHash);
    }

    /** Every entry matching the filter (no paging), for the export; capped so that one export stays small. */
    public List<AuditEntry> export(AuditQuery query, int cap) {
        List<AuditEntry> all = new ArrayList<>();
        for (int page = 0; all.size() < cap; page++) {
            AuditPage p = find(new AuditQuery(query.evaluationId(), query.actor(), query.action(), query.target(),
                    query.from(), query.until(), page, AuditQuery.MAX_SIZE));
            all.addAll(p.items());
            if (p.items().size() < AuditQuery.MAX_SIZE) {
                break;
            }
        }
        return all.size() > cap ? all.subList(0, cap) : all;
    }
}
