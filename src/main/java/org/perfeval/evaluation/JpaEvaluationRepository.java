package org.perfeval.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
