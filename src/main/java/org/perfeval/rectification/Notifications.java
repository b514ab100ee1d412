package org.perfeval.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.perfeval.common.NotFoundException;
import org.perfeval.security.Caller;
import org.perfeval.security.Directory;
import org.perfeval.security.Role;

/** Notifications are database records, one per user; delivery by mail is not part of this. */
@ApplicationScoped
public class Notifications {

    @Inject
    Directory directory;

    @Inject
    RectificationRepository repository;

    @Inject
    Clock clock;

    /** Notifies every user with the role in the organisation. */
    public void notify(long organisationId, Role role, NotificationKind kind, Long evaluationId, Long rectificationId,
                       String message) {
        Instant now = Instant.now(clock);
        directory.usersIn(organisationId).stream().filter(u -> u.getRole() == role)
                .forEach(u -> repository.add(new Notification(u.getUsername(), kind, evaluationId, rectificationId, message, now)));
    }

    public List<Notification> of(Caller caller) {
        return repository.notificationsOf(caller.username());
    }

    public Notification markRead(long id, Caller caller) {
        Notification n = repository.notification(id).filter(x -> x.getRecipient().equals(caller.username()))
                .orElseThrow(() -> new NotFoundException("通知 " + id + " 不存在"));
        n.markRead(Instant.now(clock));
        return n;
    }
}
