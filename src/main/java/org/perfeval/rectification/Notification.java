package org.perfeval.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to one user, kept in the database and listed by {@code GET /api/notifications}. */
@Entity
@Table(name = "pe_notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "pe_notification_seq", sequenceName = "pe_notification_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pe_notification_seq")
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "evaluation_id")
    private Long evaluationId;

    @Column(name = "rectification_id")
    private Long rectificationId;

    @Column(nullable = false)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    static final int MAX_MESSAGE = 2000;

    protected Notification() {
    }

    public Notification(String recipient, NotificationKind kind, Long evaluationId, Long rectificationId, String message,
                        Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.evaluationId = evaluationId;
        this.rectificationId = rectificationId;
        // the column holds 2,000 characters; a message quoting 2,000 characters of comments is cut here,
        // as a history line is, rather than failing the bureau's verification (the comments stay whole
        // on the rectification)
        this.message = message.length() <= MAX_MESSAGE ? message : cut(message);
        this.createdAt = createdAt;
    }

    private static String cut(String message) {
        int end = MAX_MESSAGE - 1;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + "…";
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public Long getRectificationId() {
        return rectificationId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
