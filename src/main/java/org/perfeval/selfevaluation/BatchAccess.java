package org.perfeval.selfevaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.perfeval.common.NotFoundException;
import org.perfeval.security.Caller;
import org.perfeval.security.Role;

/**
 * Who sees what of a batch: its bureau and administrators all of it; an agency the forms it was
 * dispatched; a department its own forms once the results are out (its organisation's name is the
 * forms' 主管部门). Anyone else is told the batch does not exist.
 */
@ApplicationScoped
public class BatchAccess {

    @Inject
    SelfEvaluationRepository batches;

    /** What the caller sees of a batch: all of it, one assignment's forms, or one department's. */
    public record View(ReviewBatch batch, ReviewAssignment assignment, String department) {

        public FormFilter narrow(FormFilter filter) {
            return assignment != null ? filter.ofAssignment(assignment.id())
                    : department != null ? filter.ofDepartment(department) : filter;
        }

        public boolean sees(StoredForm form) {
            return assignment != null ? assignment.id() == (form.assignmentId() == null ? -1 : form.assignmentId())
                    : department == null || department.equals(form.department());
        }
    }

    /** The batch, if the caller is the bureau that opened it. */
    public ReviewBatch owned(Caller caller, long batchId) {
        return batches.batch(batchId).filter(b -> caller.is(Role.BUREAU) && b.organisationId() == caller.organisationId())
                .orElseThrow(() -> notFound(batchId));
    }

    public View view(Caller caller, long batchId) {
        ReviewBatch batch = batches.batch(batchId).orElseThrow(() -> notFound(batchId));
        if (caller.is(Role.ADMIN) || caller.is(Role.BUREAU) && batch.organisationId() == caller.organisationId()) {
            return new View(batch, null, null);
        }
        if (caller.is(Role.EVALUATOR)) {
            List<ReviewAssignment> mine = batches.assignments(batchId).stream()
                    .filter(a -> a.agencyId() == caller.organisationId()).toList();
            if (!mine.isEmpty()) {
                return new View(batch, mine.get(0), null);
            }
        }
        if (caller.is(Role.DEPARTMENT) && (batch.status() == BatchStatus.ANSWERING || batch.status() == BatchStatus.CLOSED)
                && batches.forms(batchId, FormFilter.ALL.ofDepartment(caller.organisationName()), 0, 1).total() > 0) {
            return new View(batch, null, caller.organisationName());
        }
        throw notFound(batchId);
    }

    /** The whole batch, which only its bureau and administrators see (its figures, its outputs); 404 for anyone else. */
    public ReviewBatch whole(Caller caller, long batchId) {
        View view = view(caller, batchId);
        if (view.assignment() != null || view.department() != null) {
            throw notFound(batchId);
        }
        return view.batch();
    }

    public BatchScope scope(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> new BatchScope(BatchScope.Kind.ALL, 0, null);
            case BUREAU -> new BatchScope(BatchScope.Kind.BUREAU, caller.organisationId(), null);
            case EVALUATOR -> new BatchScope(BatchScope.Kind.AGENCY, caller.organisationId(), null);
            case DEPARTMENT -> new BatchScope(BatchScope.Kind.DEPARTMENT, caller.organisationId(), caller.organisationName());
        };
    }

    static NotFoundException notFound(long batchId) {
        return new NotFoundException("自评复核批次 " + batchId + " 不存在 (no such batch)");
    }
}
