package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import org.perfeval.selfevaluation.DepartmentFigures;
import org.perfeval.selfevaluation.FormFilter;
import org.perfeval.selfevaluation.FormPage;
import org.perfeval.selfevaluation.FormUpload;
import org.perfeval.selfevaluation.ReviewBatch;
import org.perfeval.selfevaluation.ReviewRules;
import org.perfeval.selfevaluation.SelfEvaluationService;
import org.perfeval.selfevaluation.StoredForm;
import org.perfeval.selfevaluation.UploadKind;
import org.perfeval.security.Caller;

/** The self-evaluation review's use cases (自评复核), one transaction each. */
@ApplicationScoped
public class SelfEvaluationBatches {

    @Inject
    SelfEvaluationService service;

    @Inject
    Event<FormsReceived> received;

    @Inject
    org.perfeval.selfevaluation.KeyEvaluationDrafts drafts;

    /** A file of forms was kept: checking may start once its transaction commits. */
    public record FormsReceived(long uploadId) {
    }

    @Transactional
    public ReviewBatch create(Caller caller, int year, String name, ReviewRules rules) {
        return service.create(caller, year, name, rules);
    }

    @Transactional
    public FormUpload receive(Caller caller, long batchId, String fileName, UploadKind kind, InputStream content) {
        FormUpload upload = service.receive(caller, batchId, fileName, kind, content);
        received.fire(new FormsReceived(upload.id()));
        return upload;
    }

    @Transactional
    public ReviewBatch select(Caller caller, long batchId, int largest, java.math.BigDecimal share, Long seed) {
        return service.select(caller, batchId, largest, share, seed);
    }

    @Transactional
    public ReviewBatch adjust(Caller caller, long batchId, List<Long> add, List<Long> remove) {
        return service.adjust(caller, batchId, add, remove);
    }

    @Transactional
    public ReviewBatch batch(Caller caller, long batchId) {
        return service.batch(caller, batchId);
    }

    @Transactional
    public List<ReviewBatch> batches(Caller caller) {
        return service.batches(caller);
    }

    @Transactional
    public FormPage forms(Caller caller, long batchId, FormFilter filter, int page, int size) {
        return service.forms(caller, batchId, filter, page, size);
    }

    @Transactional
    public StoredForm form(Caller caller, long batchId, long formId) {
        return service.form(caller, batchId, formId);
    }

    @Transactional
    public List<DepartmentFigures> departments(Caller caller, long batchId) {
        return service.departments(caller, batchId);
    }

    @Transactional
    public org.perfeval.selfevaluation.CommissionDraft draftOfForm(Caller caller, long batchId, long formId) {
        return drafts.ofForm(caller, batchId, formId);
    }

    @Transactional
    public org.perfeval.selfevaluation.CommissionDraft draftOfDepartment(Caller caller, long batchId, String department) {
        return drafts.ofDepartment(caller, batchId, department);
    }
}
