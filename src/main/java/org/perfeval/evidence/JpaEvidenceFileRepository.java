package org.perfeval.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEvidenceFileRepository implements EvidenceFileRepository {

    @PersistenceContext(unitName = "perfeval")
    EntityManager em;

    @Override
    public EvidenceFile add(EvidenceFile file) {
        em.persist(file);
        em.flush();
        return file;
    }

    @Override
    public Optional<EvidenceFile> find(long id) {
        return Optional.ofNullable(em.find(EvidenceFile.class, id));
    }

    @Override
    public List<EvidenceFile> ofEvaluation(long evaluationId) {
        return em.createQuery("select f from EvidenceFile f where f.evaluationId = :e order by f.id", EvidenceFile.class)
                .setParameter("e", evaluationId).getResultList();
    }

    @Override
    public long bytesOf(long evaluationId) {
        Long sum = em.createQuery("select sum(f.size) from EvidenceFile f where f.evaluationId = :e", Long.class)
                .setParameter("e", evaluationId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public void remove(EvidenceFile file) {
        em.remove(file);
    }
}
