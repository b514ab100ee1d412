package org.perfeval.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.json.JsonObject;
import org.perfeval.common.FieldError;
import org.perfeval.common.ForbiddenException;
import org.perfeval.common.NotFoundException;
import org.perfeval.common.ValidationException;
import org.perfeval.security.Caller;
import org.perfeval.security.Directory;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;
import org.perfeval.security.Role;

/**
 * Evaluation use cases that need no process engine: commissioning the record, reading it as a
 * caller may see it, keeping its status and history. Callers provide the transaction.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    Directory directory;

    Clock clock = Clock.systemDefaultZone();

    /** Commissions an evaluation from a request body, reporting every bad field at once (unknown parties included). */
    public Evaluation commission(Caller caller, JsonObject body) {
        if (!caller.is(Role.BUREAU)) {
            throw new ForbiddenException("只有财政局用户可以委托评价 (only bureau users commission evaluations)");
        }
        List<FieldError> errors = new ArrayList<>();
        CommissionRequest request = CommissionRequest.read(body, errors);
        Organisation subject = request.subjectName() == null ? null
                : organisationOf(request.subjectName(), OrganisationType.DEPARTMENT, "subject.name", errors);
        Organisation agency = request.agencyName() == null ? null
                : organisationOf(request.agencyName(), OrganisationType.AGENCY, "agency.name", errors);
        if (request.dueDate() != null && request.dueDate().isBefore(LocalDate.now(clock))) {
            errors.add(new FieldError("dueDate", "截止日期不能早于今天"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Organisation bureau = directory.organisation(caller.organisationId()).orElseThrow();
        Evaluation evaluation = evaluations.add(new Evaluation(request.title(), request.year(), request.kind(),
                subject, agency, bureau, request.dueDate(), Instant.now(clock)));
        record(evaluation, caller.username(), "commission", request.title());
        return evaluation;
    }

    private Organisation organisationOf(String name, OrganisationType type, String path, List<FieldError> errors) {
        var found = directory.organisationNamed(name);
        if (found.isEmpty()) {
            errors.add(new FieldError(path, "未知单位: " + name));
            return null;
        }
        if (found.get().getType() != type) {
            errors.add(new FieldError(path, name + " 不是" + (type == OrganisationType.AGENCY ? "评价机构" : "被评价单位")));
            return null;
        }
        return found.get();
    }

    /** The evaluation if the caller may see it; 404 otherwise, so that callers cannot probe ids. */
    public Evaluation visible(long id, Caller caller) {
        return evaluations.find(id).filter(e -> EvaluationAccess.visible(e, caller))
                .orElseThrow(() -> new NotFoundException("评价任务 " + id + " 不存在"));
    }

    public Evaluation get(long id) {
        return evaluations.find(id).orElseThrow(() -> new NotFoundException("评价任务 " + id + " 不存在"));
    }

    public List<Evaluation> visibleTo(Caller caller) {
        return caller.is(Role.ADMIN) ? evaluations.all()
                : evaluations.involving(caller.organisationId()).stream()
                        .filter(e -> EvaluationAccess.visible(e, caller)).toList();
    }

    public void changeStatus(long id, EvaluationStatus status, String actor) {
        Evaluation e = get(id);
        if (e.getStatus() != status) {
            EvaluationStatus before = e.getStatus();
            e.moveTo(status);
            record(e, actor, "status", before + " → " + status);
        }
    }

    public void record(Evaluation evaluation, String actor, String action, String detail) {
        evaluations.record(new HistoryEntry(evaluation.getId(), Instant.now(clock), actor, action, detail));
    }

    /** Results application at closing: advice from the grade, for the budget year after the closing year. */
    public Evaluation close(long id, boolean rectifiedOnTime, String actor) {
        Evaluation e = get(id);
        Instant now = Instant.now(clock);
        BudgetAdvice advice = BudgetAdvice.forGrade(e.getGrade());
        int budgetYear = LocalDate.now(clock).getYear() + 1;
        changeStatus(id, EvaluationStatus.CLOSED, actor);
        e.close(now, advice, advice.text(fairCutPercent(), rectifiedOnTime), budgetYear, rectifiedOnTime);
        record(e, actor, "close", budgetYear + "年度预算建议: " + e.getAdviceText());
        return e;
    }

    /** Budget advice of the evaluations the caller may see, for one budget year. */
    public List<Evaluation> adviceFor(int budgetYear, Caller caller) {
        return evaluations.adviceFor(budgetYear).stream().filter(e -> EvaluationAccess.visible(e, caller)).toList();
    }

    static java.math.BigDecimal fairCutPercent() {
        return new java.math.BigDecimal(org.perfeval.platform.Settings.get("PERFEVAL_ADVICE_FAIR_CUT_PERCENT").orElse("10"));
    }

    public List<HistoryEntry> history(long id) {
        return evaluations.history(id);
    }
}
