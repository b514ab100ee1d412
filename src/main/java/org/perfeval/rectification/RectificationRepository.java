package org.perfeval.rectification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface RectificationRepository {

    Rectification add(Rectification rectification);

    Optional<Rectification> find(long id);

    List<Rectification> ofEvaluation(long evaluationId);

    /** The rectifications of several evaluations in one query, by evaluation and number. */
    List<Rectification> ofEvaluations(Collection<Long> evaluationIds);

    Notification add(Notification notification);

    Optional<Notification> notification(long id);

    List<Notification> notificationsOf(String username);
}
