package org.perfeval.evidence;

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

/**
 * One uploaded evidence file of an evaluation (佐证材料): its name as the uploader gave it, its
 * size, type and SHA-256 (the key of its content in the {@link EvidenceStore}), who uploaded it
 * when, and whether a completed task cites it. Once cited it is part of a submitted step and can
 * no longer be replaced or deleted.
 */
@Entity
@Table(name = "pe_evidence_file")
public class EvidenceFile {

    @Id
    @SequenceGenerator(name = "pe_evidence_file_seq", sequenceName = "pe_evidence_file_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pe_evidence_file_seq")
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false)
    private FileType type;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false)
    private boolean submitted;

    @Version
    private long version;

    protected EvidenceFile() {
    }

    EvidenceFile(long evaluationId, String name, SpooledUpload upload, FileType type, String uploadedBy, Instant at) {
        this.evaluationId = evaluationId;
        this.uploadedBy = uploadedBy;
        replace(name, upload, type, at);
    }

    final void replace(String name, SpooledUpload upload, FileType type, Instant at) {
        this.name = name;
        this.size = upload.size();
        this.sha256 = upload.sha256();
        this.type = type;
        this.uploadedAt = at;
    }

    void markSubmitted() {
        submitted = true;
    }

    public Long getId() {
        return id;
    }

    public long getEvaluationId() {
        return evaluationId;
    }

    public String getName() {
        return name;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public FileType getType() {
        return type;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    /** The uploader may still replace or delete it: nothing submitted cites it yet. */
    public boolean isChangeableBy(String username) {
        return !submitted && uploadedBy.equals(username);
    }
}
