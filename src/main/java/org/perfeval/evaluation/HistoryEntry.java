package org.perfeval.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an evaluation's history: who did what, when. */
@Entity
@Table(name = "pe_history")
public class HistoryEntry {

    @Id
    @SequenceGenerator(name = "pe_history_seq", sequenceName = "pe_history_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pe_history_seq")
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private Long evaluationId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    private String detail;

    protected HistoryEntry() {
    }

    public HistoryEntry(Long evaluationId, Instant at, String actor, String action, String detail) {
        this.evaluationId = evaluationId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public Long getId() {
        return id;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
