package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.perfeval.rectification.Notification;
import org.perfeval.rectification.Notifications;
import org.perfeval.security.Caller;

/** The caller's notifications, newest first, and marking one read. */
@ApplicationScoped
public class NotificationInbox {

    @Inject
    Notifications notifications;

    @Transactional
    public List<Notification> of(Caller caller) {
        return notifications.of(caller);
    }

    @Transactional
    public Notification markRead(long id, Caller caller) {
        return notifications.markRead(id, caller);
    }
}
