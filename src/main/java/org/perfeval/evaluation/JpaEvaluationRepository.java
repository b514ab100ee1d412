package org.perfeval.evaluation;

import org.perfeval.scoring.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

    @PersistenceContext(unitName = "perfeval")
    EntityManager em;

    @Override
    public Evaluation add(Evaluation evaluation) {
        em.persist(evaluation);
        em.flush();
        return evaluation;
    }

    @Override
    public Optional<Evaluation> find(long id) {
        return Optional.ofNullable(em.find(Evaluation.class, id));
    }

    @Override
    public List<Evaluation> involving(long organisationId) {
        return em.createQuery("select e from Evaluation e where e.subject.id = :org or e.agency.id = :org"
                        + " or e.bureau.id = :org order by e.id desc", Evaluation.class)
                .setParameter("org", organisationId).getResultList();
    }

    @Override
    public List<Evaluation> all() {
        return em.createQuery("select e from Evaluation e order by e.id desc", Evaluation.class).getResultList();
    }

    /** A list line's columns, the parties' names joined in; never the document. */
    private static final String LINE = "select e.id, e.title, e.year, e.kind, e.status, s.id, s.name, a.id, a.name, b.id, b.name,"
            + " e.dueDate, e.createdAt, e.version, e.total, e.grade"
            + " from Evaluation e join e.subject s join e.agency a join e.bureau b";

    private static EvaluationLine line(Object[] r) {
        return new EvaluationLine((Long) r[0], (String) r[1], (Integer) r[2], (EvaluationKind) r[3], (EvaluationStatus) r[4],
                new EvaluationLine.Party((Long) r[5], (String) r[6]), new EvaluationLine.Party((Long) r[7], (String) r[8]),
                new EvaluationLine.Party((Long) r[9], (String) r[10]), (java.time.LocalDate) r[11], (java.time.Instant) r[12],
                ((Number) r[13]).longValue(), (java.math.BigDecimal) r[14], (Grade) r[15]);
    }

    @Override
    public EvaluationListQuery.Page page(EvaluationListQuery query, String partyColumn, long visibleTo,
                                         String organisationColumn) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (partyColumn != null) {
            // a fixed column name chosen by the service, never the caller's text
            where.append(" and e.").append(partyColumn).append(".id = :visibleTo");
            params.put("visibleTo", visibleTo);
        }
        if (query.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", query.status());
        }
        if (query.year() != null) {
            where.append(" and e.year = :year");
            params.put("year", query.year());
        }
        if (query.organisationId() != null) {
            where.append(" and e.").append(organisationColumn).append(".id = :org");
            params.put("org", query.organisationId());
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from Evaluation e" + where, Long.class);
        TypedQuery<Object[]> items = em.createQuery(LINE + where + " order by e.id desc", Object[].class)
                .setFirstResult(query.offset()).setMaxResults(query.size());
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        return new EvaluationListQuery.Page(items.getResultList().stream().map(JpaEvaluationRepository::line).toList(),
                count.getSingleResult());
    }

    @Override
    public Map<Grade, Long> gradeCounts(String partyColumn, long visibleTo) {
        String where = partyColumn == null ? "" : " and e." + partyColumn + ".id = :visibleTo";
        TypedQuery<Object[]> q = em.createQuery("select e.grade, count(e) from Evaluation e where e.grade is not null"
                + where + " group by e.grade", Object[].class);
        if (partyColumn != null) {
            q.setParameter("visibleTo", visibleTo);
        }
        Map<Grade, Long> counts = new java.util.EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, 0L);
        }
        q.getResultList().forEach(r -> counts.put((Grade) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public List<Evaluation> adviceFor(int budgetYear) {
        return em.createQuery("select e from Evaluation e where e.adviceBudgetYear = :y order by e.total desc, e.id",
                Evaluation.class).setParameter("y", budgetYear).getResultList();
    }

    @Override
    public Optional<CommissionKey> commissionedWith(String username, String requestKey) {
        List<?> found = em.createNativeQuery("select evaluation_id, fingerprint from pe_commission_key"
                        + " where username = ?1 and request_key = ?2")
                .setParameter(1, username).setParameter(2, requestKey).getResultList();
        return found.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new CommissionKey(((Number) columns[0]).longValue(), (String) columns[1]);
        });
    }

    @Override
    public void rememberCommission(String username, String requestKey, String fingerprint, long evaluationId,
                                   java.time.Instant at) {
        em.createNativeQuery("insert into pe_commission_key (username, request_key, fingerprint, evaluation_id, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, username).setParameter(2, requestKey).setParameter(3, fingerprint)
                .setParameter(4, evaluationId).setParameter(5, java.sql.Timestamp.from(at)).executeUpdate();
    }

    @Override
    public void record(HistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<HistoryEntry> history(long evaluationId) {
        return em.createQuery("select h from HistoryEntry h where h.evaluationId = :id order by h.at, h.id",
                HistoryEntry.class).setParameter("id", evaluationId).getResultList();
    }
}
