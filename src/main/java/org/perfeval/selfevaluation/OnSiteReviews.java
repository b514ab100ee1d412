package org.perfeval.selfevaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.perfeval.rectification.NotificationKind;
import org.perfeval.rectification.Notifications;
import org.perfeval.security.Caller;
import org.perfeval.security.Directory;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;
import org.perfeval.security.Role;

/**
 * The on-site review of a batch's selection (现场复核): dispatched to agencies, each form rechecked
 * by its agency, submitted, approved or returned by the bureau, the results answered by the
 * departments, closed. The process (processes/self-evaluation-review.bpmn20.xml) orders the steps;
 * this class checks and records each of them.
 */
@ApplicationScoped
public class OnSiteReviews {

    @Inject
    SelfEvaluationRepository batches;

    @Inject
    BatchAccess access;

    @Inject
    Directory directory;

    @Inject
    ReviewEvidence evidence;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Shares the selection among the agencies (conflicts of interest respected) with a deadline; the batch is then in review. */
    public List<ReviewAssignment> dispatch(Caller caller, long batchId, List<Long> agencyIds, Instant dueAt) {
        ReviewBatch batch = access.owned(caller, batchId);
        if (batches.lockBatch(batchId) != BatchStatus.CHECKED) {
            throw new ConflictException("只有审核完毕、尚未下达的批次可以下达复核 (only a checked batch is dispatched)");
        }
        Map<String, List<Long>> selected = batches.selectedByDepartment(batchId);
        if (batch.sampling() == null || selected.isEmpty()) {
            throw new ConflictException("请先抽取现场复核样本 (draw the selection first)");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Agency> agencies = agencies(agencyIds, errors);
        if (!dueAt.isAfter(Instant.now(clock))) {
            errors.add(new FieldError("dueDate", "复核期限应晚于今天 (the deadline must lie ahead)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, java.util.Set<String>> units = batches.selectedUnits(batchId);
        Map<Agency, List<Long>> shares = ReviewDispatch.assign(selected, agencies,
                (agency, department) -> conflicted(agency, department)
                        || units.getOrDefault(department, java.util.Set.of()).stream().anyMatch(u -> conflicted(agency, u)));
        List<ReviewAssignment> assignments = batches.dispatch(batchId, shares, dueAt);
        for (ReviewAssignment a : assignments) {
            notifications.notify(a.agencyId(), Role.EVALUATOR, NotificationKind.REVIEW_DISPATCHED, null, null,
                    batch.year() + "年度自评复核「" + batch.name() + "」下达现场复核" + a.forms() + "份自评表，期限" + day(dueAt));
        }
        Map<String, String> facts = new LinkedHashMap<>();
        assignments.forEach(a -> facts.put("assignment." + a.agencyName(), a.forms() + "份"));
        facts.put("dueAt", dueAt.toString());
        record(caller, "selfEvaluation.dispatch", batchId, facts);
        return assignments;
    }

    private List<Agency> agencies(List<Long> ids, List<FieldError> errors) {
        if (ids.isEmpty()) {
            errors.add(new FieldError("agencies", "必填, 至少选择一家评价机构"));
        }
        List<Agency> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Organisation o = directory.organisation(ids.get(i)).orElse(null);
            if (o == null || o.getType() != OrganisationType.AGENCY || !o.isActive()) {
                errors.add(new FieldError("agencies[" + i + "]", "不是在用的评价机构 (not an active agency)"));
            } else if (out.stream().noneMatch(a -> a.id() == o.getId())) {
                out.add(new Agency(o.getId(), o.getName()));
            }
        }
        return out;
    }

    /** A recorded conflict between the agency and an organisation the forms name, 主管部门 or 实施单位 (回避). */
    private boolean conflicted(Agency agency, String organisation) {
        return directory.organisationNamed(organisation).map(d -> directory.conflicted(agency.id(), d.getId())).orElse(false);
    }

    /** The agency's recheck of one of its forms; it may be changed until the assignment is submitted. */
    public StoredForm recheck(Caller caller, long batchId, long formId, FormRecheck recheck) {
        StoredForm form = agencyForm(caller, batchId, formId);
        ReviewAssignment a = batches.assignment(form.assignmentId()).orElseThrow();
        if (batches.lockAssignment(a.id()) != AssignmentStatus.REVIEWING) {
            throw new ConflictException("复核结果已送审，不能再改 (the review is submitted)");
        }
        List<FieldError> problems = new ArrayList<>(Rechecks.problems(form.form(), recheck));
        java.util.Set<Long> citable = evidence.citable(caller, batchId);
        for (int i = 0; i < recheck.indicators().size(); i++) {
            List<Long> files = recheck.indicators().get(i).evidence();
            for (int j = 0; j < files.size(); j++) {
                if (!citable.contains(files.get(j))) {
                    problems.add(new FieldError("indicators[" + i + "].evidence[" + j + "]",
                            "不是本机构为该批次上传的佐证材料 (not a file this agency uploaded to the batch)"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ReviewBatch batch = batches.batch(batchId).orElseThrow();
        FormRecheck named = new FormRecheck(a.agencyName(), recheck.indicators(), recheck.opinion());
        var total = named.total(DeskReview.of(form.form(), batch.rules())).points();
        batches.saveRecheck(formId, named, total, caller.username(), Instant.now(clock));
        record(caller, "selfEvaluation.recheck", batchId, Map.of("form." + formId, form.project() + " 复核得分" + total));
        return batches.form(batchId, formId).orElseThrow();
    }

    private StoredForm agencyForm(Caller caller, long batchId, long formId) {
        if (!caller.is(Role.EVALUATOR)) {
            throw new ForbiddenException("现场复核由评价机构填写 (the agency rechecks)");
        }
        BatchAccess.View view = access.view(caller, batchId);
        return batches.form(batchId, formId).filter(f -> view.assignment() != null && view.sees(f))
                .orElseThrow(() -> new NotFoundException("自评表 " + formId + " 不存在"));
    }

    /** The agency sends its rechecks to the bureau (送审): every form of the assignment must be rechecked. */
    public ReviewAssignment submit(Caller caller, long batchId, long assignmentId) {
        ReviewAssignment a = agencyAssignment(caller, batchId, assignmentId);
        if (batches.lockAssignment(assignmentId) != AssignmentStatus.REVIEWING) {
            throw new ConflictException("复核结果已送审 (already submitted)");
        }
        int missing = batches.unrechecked(assignmentId);
        if (missing > 0) {
            throw ValidationException.of("forms", "还有" + missing + "份自评表未复核 (" + missing + " forms not rechecked yet)");
        }
        batches.decide(assignmentId, AssignmentStatus.SUBMITTED, Instant.now(clock), caller.username(), null);
        record(caller, "selfEvaluation.submit", batchId, Map.of("assignment", a.agencyName()));
        return batches.assignment(assignmentId).orElseThrow();
    }

    private ReviewAssignment agencyAssignment(Caller caller, long batchId, long assignmentId) {
        if (!caller.is(Role.EVALUATOR)) {
            throw new ForbiddenException("由评价机构送审 (the agency submits)");
        }
        BatchAccess.View view = access.view(caller, batchId);
        if (view.assignment() == null || view.assignment().id() != assignmentId) {
            throw new NotFoundException("复核任务 " + assignmentId + " 不存在");
        }
        return view.assignment();
    }

    /** The bureau approves a submitted review or returns it with its reason (退回). */
    public ReviewAssignment decide(Caller caller, long batchId, long assignmentId, boolean approved, String reason) {
        access.owned(caller, batchId);
        ReviewAssignment a = batches.assignment(assignmentId).filter(x -> x.batchId() == batchId)
                .orElseThrow(() -> new NotFoundException("复核任务 " + assignmentId + " 不存在"));
        if (batches.lockAssignment(assignmentId) != AssignmentStatus.SUBMITTED) {
            throw new ConflictException("该复核尚未送审或已审核 (not submitted, or decided already)");
        }
        if (!approved && (reason == null || reason.isBlank())) {
            throw ValidationException.of("reason", "退回须说明理由 (a return needs its reason)");
        }
        batches.decide(assignmentId, approved ? AssignmentStatus.APPROVED : AssignmentStatus.REVIEWING, Instant.now(clock),
                caller.username(), reason);
        if (!approved) {
            notifications.notify(a.agencyId(), Role.EVALUATOR, NotificationKind.REVIEW_RETURNED, null, null,
                    "自评复核结果被退回：" + reason);
        }
        record(caller, approved ? "selfEvaluation.approve" : "selfEvaluation.return", batchId,
                Map.of("assignment", a.agencyName() + (approved ? "" : " 退回理由：" + reason)));
        return batches.assignment(assignmentId).orElseThrow();
    }

    /** Every agency's review approved: the departments see their results and may answer until {@code answerDueAt}. */
    public void publish(long batchId, Instant answerDueAt) {
        batches.setStatus(batchId, BatchStatus.ANSWERING, answerDueAt, null);
        ReviewBatch batch = batches.batch(batchId).orElseThrow();
        for (String department : batches.selectedByDepartment(batchId).keySet()) {
            directory.organisationNamed(department).ifPresent(d -> notifications.notify(d.getId(), Role.DEPARTMENT,
                    NotificationKind.REVIEW_RESULTS, null, null, batch.year() + "年度自评复核结果已反馈，请于"
                            + day(answerDueAt) + "前查看并反馈意见"));
        }
    }

    /** A department's answer to the review of one of its forms, while the batch takes answers. */
    public StoredForm answer(Caller caller, long batchId, long formId, String text) {
        if (!caller.is(Role.DEPARTMENT)) {
            throw new ForbiddenException("由被复核部门反馈意见 (the department answers)");
        }
        BatchAccess.View view = access.view(caller, batchId);
        StoredForm form = batches.form(batchId, formId).filter(view::sees).filter(StoredForm::selected)
                .orElseThrow(() -> new NotFoundException("自评表 " + formId + " 不存在或未经现场复核"));
        if (batches.lockBatch(batchId) != BatchStatus.ANSWERING) {
            throw new ConflictException("反馈期已结束 (answers are closed)");
        }
        if (text == null || text.isBlank() || text.length() > 4000
                || org.perfeval.common.Text.hasHiddenCharactersBesideLineBreaks(text)) {
            throw ValidationException.of("answer", "必填, 1至4000个字符，不含控制字符");
        }
        batches.saveAnswer(formId, text.strip(), caller.username(), Instant.now(clock));
        record(caller, "selfEvaluation.answer", batchId, Map.of("form." + formId, form.project()));
        return batches.form(batchId, formId).orElseThrow();
    }

    /** The bureau may close a batch whose results are out. */
    public ReviewBatch closeable(Caller caller, long batchId) {
        ReviewBatch batch = access.owned(caller, batchId);
        if (batches.lockBatch(batchId) != BatchStatus.ANSWERING) {
            throw new ConflictException("只有已反馈结果的批次可以办结 (only a batch whose results are out closes)");
        }
        return batch;
    }

    public void close(long batchId, String by) {
        batches.setStatus(batchId, BatchStatus.CLOSED, null, Instant.now(clock));
        audit.record(new AuditEvent(by, null, "selfEvaluation.close", SelfEvaluationService.target(batchId), null,
                AuditState.NONE, AuditState.of("status", BatchStatus.CLOSED.name())));
    }

    public void remind(long assignmentId) {
        ReviewAssignment a = batches.assignment(assignmentId).orElseThrow();
        if (a.status() == AssignmentStatus.REVIEWING) {
            batches.mark(assignmentId, true, false);
            notifications.notify(a.agencyId(), Role.EVALUATOR, NotificationKind.REMINDER, null, null,
                    "自评复核将于" + day(a.dueAt()) + "到期，尚有" + (a.forms() - a.rechecked()) + "份未复核");
        }
    }

    public void escalate(long assignmentId) {
        ReviewAssignment a = batches.assignment(assignmentId).orElseThrow();
        if (a.status() == AssignmentStatus.REVIEWING && !a.overdue()) {
            batches.mark(assignmentId, false, true);
            ReviewBatch batch = batches.batch(a.batchId()).orElseThrow();
            String message = a.agencyName() + "的自评复核已逾期（期限" + day(a.dueAt()) + "）";
            notifications.notify(a.agencyId(), Role.EVALUATOR, NotificationKind.ESCALATION, null, null, message);
            notifications.notify(batch.organisationId(), Role.BUREAU, NotificationKind.ESCALATION, null, null, message);
        }
    }

    public ReviewAssignment assignment(long assignmentId) {
        return batches.assignment(assignmentId).orElseThrow();
    }

    public List<ReviewAssignment> assignments(Caller caller, long batchId) {
        BatchAccess.View view = access.view(caller, batchId);
        if (view.department() != null) {
            throw BatchAccess.notFound(batchId);
        }
        return view.assignment() != null ? List.of(batches.assignment(view.assignment().id()).orElseThrow())
                : batches.assignments(batchId);
    }

    /** The day a deadline falls on in the configured zone: a deadline is the end of its day, the next day's first instant. */
    private String day(Instant deadline) {
        return java.time.LocalDate.ofInstant(deadline.minusNanos(1), clock.getZone()).toString();
    }

    private void record(Caller caller, String action, long batchId, Map<String, String> facts) {
        audit.record(new AuditEvent(caller.username(), caller.address(), action, SelfEvaluationService.target(batchId), null,
                AuditState.NONE, new AuditState(new LinkedHashMap<>(facts))));
    }
}
