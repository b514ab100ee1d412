package org.perfeval.rectification;

import org.perfeval.evaluation.EvidenceRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * One recommendation of a published report turned into a tracked rectification (整改): the
 * department's measures and evidence, the bureau's verification, the deadline and whether it
 * was missed.
 */
@Entity
@Table(name = "pe_rectification")
public class Rectification {

    @Id
    @SequenceGenerator(name = "pe_rectification_seq", sequenceName = "pe_rectification_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pe_rectification_seq")
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private Long evaluationId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RectificationStatus status;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    private String measures;
    private String summary;
    private String evidence;
    private String comments;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "overdue_since")
    private Instant overdueSince;

    @Column(name = "reminded_for")
    private Instant remindedFor;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Version
    private long version;

    protected Rectification() {
    }

    public Rectification(Long evaluationId, int seq, String title, Instant dueAt) {
        this.evaluationId = evaluationId;
        this.seq = seq;
        this.title = title;
        this.dueAt = dueAt;
        this.status = RectificationStatus.PLAN;
    }

    void plan(String measures, Instant dueAt) {
        this.measures = measures;
        this.dueAt = dueAt;
        this.status = RectificationStatus.EVIDENCE;
    }

    /** One line per piece of evidence: a cited file as its id, a tab and its name (names hold no tab), or a name alone. */
    void submitEvidence(String summary, List<EvidenceRef> refs) {
        this.summary = summary;
        this.evidence = String.join("\n", refs.stream()
                .map(r -> r.fileId() == null ? r.label() : r.fileId() + "\t" + r.label()).toList());
        this.status = RectificationStatus.VERIFICATION;
    }

    void accept(Instant at) {
        this.acceptedAt = at;
        this.status = RectificationStatus.ACCEPTED;
    }

    void returnEvidence(String comments) {
        this.comments = comments;
        this.status = RectificationStatus.EVIDENCE;
    }

    /** Marks the deadline missed; false when it was already marked. */
    boolean markOverdue(Instant at) {
        if (overdue || status == RectificationStatus.ACCEPTED) {
            return false;
        }
        overdue = true;
        overdueSince = at;
        return true;
    }

    /** Records a reminder for the current deadline; false when one was already sent for it. */
    boolean markReminded() {
        if (dueAt.equals(remindedFor) || status == RectificationStatus.ACCEPTED) {
            return false;
        }
        remindedFor = dueAt;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public int getSeq() {
        return seq;
    }

    public String getTitle() {
        return title;
    }

    public RectificationStatus getStatus() {
        return status;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getMeasures() {
        return measures;
    }

    public String getSummary() {
        return summary;
    }

    /** The evidence's file names, in the order submitted; empty before any was. */
    public List<String> getEvidence() {
        return getEvidenceRefs().stream().map(EvidenceRef::label).toList();
    }

    /** The evidence as submitted: uploaded files with their ids, or names alone. */
    public List<EvidenceRef> getEvidenceRefs() {
        if (evidence == null || evidence.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(evidence.split("\n")).map(line -> {
            int tab = line.indexOf('\t');
            return tab < 0 ? new EvidenceRef(line) : new EvidenceRef(Long.valueOf(line.substring(0, tab)), line.substring(tab + 1));
        }).toList();
    }

    /** Past its deadline and still not accepted: what the bureau's overdue list shows. */
    public boolean isOpenOverdue() {
        return overdue && status != RectificationStatus.ACCEPTED;
    }

    public String getComments() {
        return comments;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Instant getOverdueSince() {
        return overdueSince;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
