package org.perfeval.selfevaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;
import org.perfeval.common.ConflictException;
import org.perfeval.common.ForbiddenException;
import org.perfeval.common.NotFoundException;
import org.perfeval.evidence.ContentInspector;
import org.perfeval.evidence.EvidenceService;
import org.perfeval.evidence.EvidenceSettings;
import org.perfeval.evidence.FileType;
import org.perfeval.evidence.SpooledUpload;
import org.perfeval.security.Caller;
import org.perfeval.security.Role;

/**
 * The evidence of the on-site review: files an agency uploads while it reviews (checked by content
 * and size like every evidence file, kept by hash) and cites in its rechecks. An agency sees its own
 * files, the bureau all of them, a department those cited for its forms.
 */
@ApplicationScoped
public class ReviewEvidence {

    private static final String FIELD = "file";
    private static final int PAGE = 500;

    @Inject
    SelfEvaluationRepository batches;

    @Inject
    BatchAccess access;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceSettings settings;

    @Inject
    SelfEvaluationSettings reviewSettings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ReviewFile upload(Caller caller, long batchId, String fileName, InputStream content) {
        BatchAccess.View view = access.view(caller, batchId);
        if (view.assignment() == null || !caller.is(Role.EVALUATOR)) {
            throw new ForbiddenException("复核佐证材料由承担复核的评价机构上传 (the reviewing agency uploads)");
        }
        if (batches.lockAssignment(view.assignment().id()) != AssignmentStatus.REVIEWING) {
            throw new ConflictException("复核结果已送审，不能再上传佐证材料 (the review is submitted)");
        }
        String name = EvidenceService.checkedName(fileName);
        try (SpooledUpload upload = SpooledUpload.of(content, reviewSettings.workDirectory(), settings.maxFileBytes(), name)) {
            FileType type = ContentInspector.inspect(upload.file(), name, FIELD);
            evidence.contentStore().put(upload);
            ReviewFile file = batches.addFile(batchId, caller.organisationId(), name, upload.size(), upload.sha256(), type,
                    caller.username(), Instant.now(clock));
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("file." + file.id() + ".name", name);
            facts.put("file." + file.id() + ".sha256", file.sha256());
            audit.record(new AuditEvent(caller.username(), caller.address(), "selfEvaluation.uploadEvidence",
                    SelfEvaluationService.target(batchId), null, AuditState.NONE, new AuditState(facts)));
            return file;
        }
    }

    /** The files the caller may see in the batch. */
    public List<ReviewFile> files(Caller caller, long batchId) {
        BatchAccess.View view = access.view(caller, batchId);
        List<ReviewFile> all = batches.files(batchId);
        if (view.assignment() != null) {
            return all.stream().filter(f -> f.organisationId() == caller.organisationId()).toList();
        }
        if (view.department() != null) {
            Set<Long> cited = citedFor(batchId, view);
            return all.stream().filter(f -> cited.contains(f.id())).toList();
        }
        return all;
    }

    public ReviewFile file(Caller caller, long batchId, long fileId) {
        return files(caller, batchId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("文件 " + fileId + " 不存在"));
    }

    public InputStream content(ReviewFile file) {
        return evidence.contentStore().open(file.sha256());
    }

    /** The files the caller's agency itself uploaded to the batch: only those it may cite. */
    public Set<Long> citable(Caller caller, long batchId) {
        return batches.files(batchId).stream().filter(f -> f.organisationId() == caller.organisationId())
                .map(ReviewFile::id).collect(Collectors.toSet());
    }

    private Set<Long> citedFor(long batchId, BatchAccess.View view) {
        Set<Long> cited = new java.util.HashSet<>();
        FormFilter own = view.narrow(new FormFilter(null, null, true, true, null));
        for (int page = 0; ; page++) {
            List<StoredForm> forms = batches.forms(batchId, own, page, PAGE).items();
            forms.stream().filter(f -> f.recheck() != null).flatMap(f -> f.recheck().indicators().stream())
                    .forEach(i -> cited.addAll(i.evidence()));
            if (forms.size() < PAGE) {
                return cited;
            }
        }
    }
}
