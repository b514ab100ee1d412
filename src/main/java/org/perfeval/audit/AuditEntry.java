package org.perfeval.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** One recorded change. Written once and never changed: the class has no setters, the trail no update path. */
@Entity
@Table(name = "pe_audit")
public class AuditEntry {

    /** Fixed width, so that the text sorts as time does and hashes the same after a round trip. */
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String address;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String target;

    @Column(name = "evaluation_id", updatable = false)
    private Long evaluationId;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long id, Instant at, AuditEvent event, String previousHash) {
        this.id = id;
        this.at = AT.format(at.truncatedTo(ChronoUnit.MILLIS));
        this.actor = event.actor();
        this.address = event.address();
        this.action = event.action();
        this.target = event.target();
        this.evaluationId = event.evaluationId();
        this.before = event.before().encode();
        this.after = event.after().encode();
        this.previousHash = previousHash;
        this.hash = computedHash();
    }

    /** The hash these fields give now; differs from {@link #hash()} when a stored field was altered. */
    String computedHash() {
        return AuditChain.hash(previousHash, id, at, actor, address, action, target, evaluationId, before, after);
    }

    public long id() {
        return id;
    }

    public Instant at() {
        return Instant.from(AT.parse(at));
    }

    public String actor() {
        return actor;
    }

    public String address() {
        return address;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public Long evaluationId() {
        return evaluationId;
    }

    public AuditState before() {
        return AuditState.decode(before);
    }

    public AuditState after() {
        return AuditState.decode(after);
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
