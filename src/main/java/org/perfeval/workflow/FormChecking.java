package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.perfeval.selfevaluation.CheckedForm;
import org.perfeval.selfevaluation.FormUpload;
import org.perfeval.selfevaluation.SelfEvaluationService;

/** The background check's steps, one transaction each: a chunk of forms is stored whole or not at all. */
@ApplicationScoped
public class FormChecking {

    @Inject
    SelfEvaluationService service;

    @Transactional
    public Optional<FormUpload> claimNext(String owner, Instant leaseUntil) {
        return service.claimNext(owner, leaseUntil);
    }

    @Transactional
    public void store(FormUpload upload, List<CheckedForm> forms, Instant leaseUntil) {
        service.store(upload, forms, leaseUntil);
    }

    @Transactional
    public void finish(FormUpload upload) {
        service.finish(upload);
    }
}
