package org.perfeval.rectification;

import java.util.List;
import java.util.Optional;

public interface RectificationRepository {

    Rectification add(Rectification rectification);

    Optional<Rectification> find(long id);

    List<Rectification> ofEvaluation(long evaluationId);

    List<Rectification> overdue();

    Notification add(Notification notification);

    Optional<Notification> notification(long id);

    List<Notification> notificationsOf(String username);
}
