package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import org.perfeval.evidence.EvidenceFile;
import org.perfeval.evidence.EvidenceService;
import org.perfeval.evidence.EvidenceSettings;
import org.perfeval.platform.CrashTestPause;
import org.perfeval.security.Caller;

/**
 * The evidence files' use cases, one transaction each. An upload is received, checked and stored
 * inside its transaction, so that a failure or a crash anywhere leaves no file record behind.
 */
@ApplicationScoped
public class EvidenceFiles {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceSettings settings;

    /** An evaluation's files with what they use of its limit. */
    public record Listing(List<EvidenceFile> files, long usedBytes, long maxFileBytes, long maxEvaluationBytes) {
    }

    @Transactional
    public EvidenceFile upload(Caller caller, long evaluationId, String name, InputStream content) {
        EvidenceFile file = evidence.upload(caller, evaluationId, name, content);
        CrashTestPause.at("storeEvidence", null, evaluationId); // stored, not yet committed
        return file;
    }

    @Transactional
    public EvidenceFile replace(Caller caller, long fileId, String name, InputStream content) {
        return evidence.replace(caller, fileId, name, content);
    }

    @Transactional
    public void delete(Caller caller, long fileId) {
        evidence.delete(caller, fileId);
    }

    @Transactional
    public Listing of(Caller caller, long evaluationId) {
        List<EvidenceFile> files = evidence.of(caller, evaluationId);
        return new Listing(files, files.stream().mapToLong(EvidenceFile::getSize).sum(), settings.maxFileBytes(),
                settings.maxEvaluationBytes());
    }

    /** The file's record, if the caller may see its evaluation. */
    @Transactional
    public EvidenceFile file(Caller caller, long fileId) {
        return evidence.visible(caller, fileId);
    }

    /**
     * The file's bytes, read as they are sent and after the access check's transaction: the content
     * of a hash never changes, so no transaction needs to hold it.
     */
    public InputStream content(EvidenceFile file) {
        return evidence.content(file);
    }
}
