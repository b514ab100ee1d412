package org.perfeval.selfevaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;
import org.perfeval.common.ConflictException;
import org.perfeval.common.FieldError;
import org.perfeval.common.ForbiddenException;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;
import org.perfeval.evidence.EvidenceService;
import org.perfeval.evidence.SpooledUpload;
import org.perfeval.security.Caller;
import org.perfeval.security.Role;

/**
 * The self-evaluation review's batches (自评复核): a bureau opens one for a year, sends it files of
 * forms, and reads what the desk review found. Files are counted and kept at once; their forms are
 * checked in the background ({@link #claimNext}, {@link #store}, {@link #finish}). Who sees what
 * is {@link BatchAccess}'s to say.
 */
@ApplicationScoped
public class SelfEvaluationService {

    private static final SecureRandom SEEDS = new SecureRandom();
    /** A drawn seed stays below what the API takes back (and a JavaScript number holds exactly), so any draw can be repeated. */
    private static final long MAX_SEED = 1_000_000_000_000L;

    @Inject
    SelfEvaluationRepository batches;

    @Inject
    Instance<FormFileReader> readers;

    @Inject
    EvidenceService evidence;

    @Inject
    SelfEvaluationSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    BatchAccess access;

    @Inject
    Clock clock;

    public ReviewBatch create(Caller caller, int year, String name, ReviewRules rules) {
        if (!caller.is(Role.BUREAU)) {
            throw new ForbiddenException("只有财政部门可以发起自评复核 (only a finance bureau opens a review batch)");
        }
        ReviewBatch batch = batches.create(year, name, caller.organisationId(), rules, caller.username(), Instant.now(clock));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("year", String.valueOf(year));
        facts.put("name", name);
        facts.put("rules", rules.atMost() + " " + rules.overachievedAtPercent() + " " + rules.executionGapPoints());
        audit.record(new AuditEvent(caller.username(), caller.address(), "selfEvaluation.create", target(batch.id()), null,
                AuditState.NONE, new AuditState(facts)));
        return batch;
    }

    /** Receives a file of forms: spooled, counted (refused when it is not of its kind), kept, queued for checking. */
    public FormUpload receive(Caller caller, long batchId, String fileName, UploadKind kind, InputStream content) {
        owned(caller, batchId);
        String name = fileName == null || fileName.isBlank() ? (kind == UploadKind.JSON ? "forms.json" : "forms.xlsx")
                : EvidenceService.checkedName(fileName);
        try (SpooledUpload upload = SpooledUpload.of(content, settings.workDirectory(), settings.maxUploadBytes(), name)) {
            int forms = reader(kind).count(upload.file(), name);
            if (forms == 0) {
                throw ValidationException.of("forms", "「" + name + "」中没有自评表 (no forms)");
            }
            // the batch is locked only now that the file is in: a dispatch cannot slip in between check and record
            if (!batches.lockBatch(batchId).acceptsForms()) {
                throw new ConflictException("该批次已下达复核，不能再导入自评表 (the batch is in review; no more forms)");
            }
            evidence.contentStore().put(upload);
            FormUpload received = batches.addUpload(batchId, name, kind, upload.sha256(), upload.size(), forms,
                    caller.username(), Instant.now(clock));
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("file", name);
            facts.put("sha256", upload.sha256());
            facts.put("forms", String.valueOf(forms));
            audit.record(new AuditEvent(caller.username(), caller.address(), "selfEvaluation.upload", target(batchId), null,
                    AuditState.NONE, new AuditState(facts)));
            return received;
        }
    }

    /**
     * Draws the forms for the on-site review (see {@link OnSiteSelection}); a seed not given is drawn
     * here and recorded with the sizes, so that the draw can be repeated. A new draw replaces the last.
     */
    public ReviewBatch select(Caller caller, long batchId, int largest, BigDecimal share, Long seed) {
        ReviewBatch batch = selectable(caller, batchId);
        long s = seed != null ? seed : SEEDS.nextLong(MAX_SEED);
        OnSiteSelection.Result r = OnSiteSelection.of(batches.candidates(batchId), largest, share, s);
        batches.select(batchId, r.selected(), r.sampling());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("withErrors", String.valueOf(r.sampling().withErrors()));
        facts.put("largest", String.valueOf(largest));
        facts.put("share", share.toPlainString());
        facts.put("seed", String.valueOf(s));
        facts.put("selected", String.valueOf(r.sampling().selected()));
        audit.record(new AuditEvent(caller.username(), caller.address(), "selfEvaluation.select", target(batch.id()), null,
                AuditState.NONE, new AuditState(facts)));
        return batches.batch(batchId).orElseThrow();
    }

    /** The bureau's own changes to the drawn selection; every id must be a readable form of the batch. */
    public ReviewBatch adjust(Caller caller, long batchId, List<Long> add, List<Long> remove) {
        ReviewBatch batch = selectable(caller, batchId);
        if (batch.sampling() == null) {
            throw new ConflictException("请先抽取复核样本 (draw the selection first)");
        }
        List<FieldError> errors = new ArrayList<>();
        unknown(batchId, add, "add", errors);
        unknown(batchId, remove, "remove", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        batches.adjust(batchId, add, remove);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("added", add.toString());
        facts.put("removed", remove.toString());
        audit.record(new AuditEvent(caller.username(), caller.address(), "selfEvaluation.adjust", target(batch.id()), null,
                AuditState.NONE, new AuditState(facts)));
        return batches.batch(batchId).orElseThrow();
    }

    private void unknown(long batchId, List<Long> ids, String field, List<FieldError> errors) {
        java.util.Set<Long> known = batches.formsOf(batchId, ids);
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "不是本批次可读的自评表 (not a readable form of this batch)"));
            }
        }
    }

    private ReviewBatch selectable(Caller caller, long batchId) {
        owned(caller, batchId);
        BatchStatus status = batches.lockBatch(batchId);
        ReviewBatch batch = batches.batch(batchId).orElseThrow();
        if (status != BatchStatus.CHECKED) {
            throw new ConflictException(status == BatchStatus.CHECKING || status == BatchStatus.OPEN
                    ? "自评表尚未全部审核完毕，不能抽取样本 (the batch is not checked yet)"
                    : "该批次已下达复核，样本不能再改 (the selection is dispatched)");
        }
        return batch;
    }

    public ReviewBatch batch(Caller caller, long batchId) {
        return access.view(caller, batchId).batch();
    }

    public List<ReviewBatch> batches(Caller caller) {
        return batches.batches(access.scope(caller));
    }

    /** The forms the caller sees: an agency those dispatched to it, a department its own. */
    public FormPage forms(Caller caller, long batchId, FormFilter filter, int page, int size) {
        BatchAccess.View view = access.view(caller, batchId);
        return batches.forms(batchId, view.narrow(filter), page, size);
    }

    public StoredForm form(Caller caller, long batchId, long formId) {
        BatchAccess.View view = access.view(caller, batchId);
        return batches.form(batchId, formId).filter(view::sees)
                .orElseThrow(() -> new NotFoundException("自评表 " + formId + " 不存在"));
    }

    /** The departments' figures: the bureau's and the administrators' view of the whole batch. */
    public List<DepartmentFigures> departments(Caller caller, long batchId) {
        access.whole(caller, batchId);
        return batches.departments(batchId);
    }

    public FormFileReader reader(UploadKind kind) {
        return readers.stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no reader for " + kind));
    }

    /** The rules of the batch a file belongs to (checking runs as no caller). */
    public ReviewRules rulesOf(long batchId) {
        return batches.batch(batchId).orElseThrow().rules();
    }

    public java.util.Optional<FormUpload> claimNext(String owner, Instant leaseUntil) {
        return batches.claimNext(owner, Instant.now(clock), leaseUntil);
    }

    public void store(FormUpload upload, List<CheckedForm> forms, Instant leaseUntil) {
        batches.store(upload, forms, leaseUntil);
    }

    public void finish(FormUpload upload) {
        batches.finish(upload);
    }

    public InputStream content(FormUpload upload) {
        return evidence.contentStore().open(upload.sha256());
    }

    private ReviewBatch owned(Caller caller, long batchId) {
        return access.owned(caller, batchId);
    }

    static String target(long batchId) {
        return "selfEvaluationBatch:" + batchId;
    }
}
