package org.perfeval.selfevaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where batches, the files of forms they receive and the checked forms are kept. Storing a chunk of
 * forms, advancing its file's place and counting them in the batch happen together, so that a
 * resumed check never counts a form twice.
 */
public interface SelfEvaluationRepository {

    ReviewBatch create(int year, String name, long organisationId, ReviewRules rules, String createdBy, Instant at);

    Optional<ReviewBatch> batch(long id);

    /** Records a received file (its content already stored) and sets the batch checking. */
    FormUpload addUpload(long batchId, String name, UploadKind kind, String sha256, long size, int expected,
                         String uploadedBy, Instant at);

    /**
     * Takes the oldest file still being checked that no other node holds (or whose holder's lease ran
     * out, or that this node held before a restart), for {@code owner} until {@code leaseUntil}.
     */
    Optional<FormUpload> claimNext(String owner, Instant now, Instant leaseUntil);

    /** Stores checked forms that follow the file's place, moves the place on, counts them in the batch, renews the lease. */
    void store(FormUpload upload, List<CheckedForm> forms, Instant leaseUntil);

    /** The file is checked: it leaves the queue; the batch is checked when no file of it is left. */
    void finish(FormUpload upload);

    FormPage forms(long batchId, FormFilter filter, int page, int size);

    Optional<StoredForm> form(long batchId, long formId);

    /** Every department of the batch with its figures, by name. */
    List<DepartmentFigures> departments(long batchId);

    /** Every readable form of the batch, for the on-site selection. */
    List<SelectionCandidate> candidates(long batchId);

    /** Replaces the batch's selection with this one and records how it was drawn. */
    void select(long batchId, java.util.Map<Long, SelectionReason> selected, Sampling sampling);

    /** The bureau's own changes to the selection: forms added (by hand) and removed; the sampling counts them. */
    void adjust(long batchId, List<Long> add, List<Long> remove);

    /** Which of these ids are forms of the batch. */
    java.util.Set<Long> formsOf(long batchId, List<Long> ids);

    /** The batches one may list: of a bureau, with an agency's assignment, with a department's answered forms, or all. */
    List<ReviewBatch> batches(BatchScope scope);

    /** The selected forms' ids by department, for the dispatch. */
    java.util.Map<String, List<Long>> selectedByDepartment(long batchId);

    /** Creates one assignment per agency with its forms and deadline; the batch is then in review. */
    List<ReviewAssignment> dispatch(long batchId, java.util.Map<Agency, List<Long>> forms, Instant dueAt);

    List<ReviewAssignment> assignments(long batchId);

    Optional<ReviewAssignment> assignment(long assignmentId);

    /** The assignment's forms that have no recheck yet. */
    int unrechecked(long assignmentId);

    /** Submitted, approved or returned (back to reviewing, with the reason) at this time by this user. */
    void decide(long assignmentId, AssignmentStatus status, Instant at, String by, String reason);

    /** The deadline timers' marks: reminded before it, overdue after it. */
    void mark(long assignmentId, boolean reminded, boolean overdue);

    void saveRecheck(long formId, FormRecheck recheck, java.math.BigDecimal reviewedTotal, String by, Instant at);

    void saveAnswer(long formId, String answer, String by, Instant at);

    void setStatus(long batchId, BatchStatus status, Instant answerDueAt, Instant closedAt);

    ReviewFile addFile(long batchId, long organisationId, String name, long size, String sha256,
                       org.perfeval.evidence.FileType type, String uploadedBy, Instant at);

    List<ReviewFile> files(long batchId);

    /** A page of the batch's readable forms by department, then id: the order of the working papers. */
    List<StoredForm> readableByDepartment(long batchId, int page, int size);

    /** The batch's row locked until the transaction ends (its status, or null when there is none): state changes queue here. */
    BatchStatus lockBatch(long batchId);

    /** The assignment's row locked until the transaction ends: its status, or null. */
    AssignmentStatus lockAssignment(long assignmentId);

    /** The 实施单位 of the selected forms, by department (the conflict rule looks at both). */
    java.util.Map<String, java.util.Set<String>> selectedUnits(long batchId);
}
