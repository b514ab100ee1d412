package org.perfeval.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRectificationRepository implements RectificationRepository {

    @PersistenceContext(unitName = "perfeval")
    EntityManager em;

    @Override
    public Rectification add(Rectification rectification) {
        em.persist(rectification);
        em.flush();
        return rectification;
    }

    @Override
    public Optional<Rectification> find(long id) {
        return Optional.ofNullable(em.find(Rectification.class, id));
    }

    @Override
    public List<Rectification> ofEvaluation(long evaluationId) {
        return em.createQuery("select r from Rectification r where r.evaluationId = :id order by r.seq", Rectification.class)
                .setParameter("id", evaluationId).getResultList();
    }

    @Override
    public List<Rectification> ofEvaluations(Collection<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return List.of(); // "in ()" is not SQL
        }
        return em.createQuery("select r from Rectification r where r.evaluationId in :ids order by r.evaluationId, r.seq",
                Rectification.class).setParameter("ids", evaluationIds).getResultList();
    }

    @Override
    public Notification add(Notification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public Optional<Notification> notification(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> notificationsOf(String username) {
        return em.createQuery("select n from Notification n where n.recipient = :u order by n.createdAt desc, n.id desc",
                Notification.class).setParameter("u", username).setMaxResults(500).getResultList();
    }
}
