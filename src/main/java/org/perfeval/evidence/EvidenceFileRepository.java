package org.perfeval.evidence;

import java.util.List;
import java.util.Optional;

/** The evaluations' evidence files (their records; the bytes are the {@link EvidenceStore}'s). */
public interface EvidenceFileRepository {

    EvidenceFile add(EvidenceFile file);

    Optional<EvidenceFile> find(long id);

    /** An evaluation's files in upload order. */
    List<EvidenceFile> ofEvaluation(long evaluationId);

    /** What an evaluation's files take together, in bytes. */
    long bytesOf(long evaluationId);

    void remove(EvidenceFile file);
}
