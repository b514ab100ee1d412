package org.perfeval.evaluation;

import org.perfeval.scoring.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.perfeval.audit.AuditEvent;
import org.perfeval.audit.AuditState;
import org.perfeval.audit.AuditTrail;
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
 * The evaluation's domain operations that need more than the aggregate: commissioning (parties
 * from the directory), access, stage changes with their history, publication and closing. The
 * application layer provides the transaction.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** 中 cuts next year's budget by this share (percent). */
    @Inject
    @ConfigProperty(name = "PERFEVAL_ADVICE_FAIR_CUT_PERCENT", defaultValue = "10")
    BigDecimal fairCutPercent;

    /**
     * The evaluation the caller's earlier commission with this request key created (a client's retry);
     * the same key for a different commission is refused.
     */
    public Optional<Evaluation> commissionedWith(Caller caller, String requestKey, CommissionRequest request) {
        return evaluations.commissionedWith(caller.username(), requestKey).map(earlier -> {
            if (!earlier.fingerprint().equals(request.fingerprint())) {
                throw ValidationException.of("Idempotency-Key", "该 Idempotency-Key 已用于另一份委托 (key already used for another commission)");
            }
            return visible(earlier.evaluationId(), caller);
        });
    }

    public void rememberCommission(Caller caller, String requestKey, CommissionRequest request, Evaluation evaluation) {
        evaluations.rememberCommission(caller.username(), requestKey, request.fingerprint(), evaluation.getId(), Instant.now(clock));
    }

    /** Commissions an evaluation, reporting every bad field at once (unknown parties included). */
    public Evaluation commission(Caller caller, CommissionRequest request) {
        if (!caller.is(Role.BUREAU)) {
            throw new ForbiddenException("只有财政局用户可以委托评价 (only bureau users commission evaluations)");
        }
        List<FieldError> errors = new ArrayList<>(request.unreadable());
        Organisation subject = request.subject() == null ? null
                : organisationOf(request.subject(), OrganisationType.DEPARTMENT, "subject", errors);
        Organisation agency = request.agency() == null ? null
                : organisationOf(request.agency(), OrganisationType.AGENCY, "agency", errors);
        if (subject != null && agency != null && directory.conflicted(agency.getId(), subject.getId())) {
            errors.add(new FieldError(request.agency().id() != null ? "agency.id" : "agency.name",
                    agency.getName() + " 与 " + subject.getName() + " 存在利益冲突，须回避 (conflict of interest recorded in the directory)"));
        }
        if (request.dueDate() != null && request.dueDate().isBefore(LocalDate.now(clock))) {
            errors.add(new FieldError("dueDate", "截止日期不能早于今天"));
        } else if (request.dueDate() != null && request.dueDate().isAfter(latestDueDate())) {
            errors.add(new FieldError("dueDate", "截止日期不能晚于" + latestDueDate()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Organisation bureau = directory.organisation(caller.organisationId()).orElseThrow();
        Evaluation commissioned = new Evaluation(request.title(), request.year(), request.kind(),
                subject, agency, bureau, request.dueDate(), Instant.now(clock));
        commissioned.commissionUnder(request.basis());
        Evaluation evaluation = evaluations.add(commissioned);
        record(evaluation, caller.username(), "commission", request.title());
        audit.record(new AuditEvent(caller.username(), caller.address(), "commission", target(evaluation),
                evaluation.getId(), AuditState.NONE, EvaluationFacts.of(evaluation)));
        return evaluation;
    }

    /** Evaluations and rectifications are planned in years, not centuries. */
    private LocalDate latestDueDate() {
        return LocalDate.now(clock).plusYears(10);
    }

    /** The party from the directory by id, or by a name only one active organisation has. */
    private Organisation organisationOf(PartyRef ref, OrganisationType type, String prefix, List<FieldError> errors) {
        String path = prefix + (ref.id() != null ? ".id" : ".name");
        var found = ref.id() != null ? directory.organisation(ref.id()) : directory.organisationNamed(ref.name());
        if (found.isEmpty()) {
            errors.add(new FieldError(path, "未知单位: " + ref));
            return null;
        }
        Organisation o = found.get();
        if (!o.isActive()) {
            errors.add(new FieldError(path, o.getName() + " 已停用 (inactive in the directory)"));
            return null;
        }
        if (o.getType() != type) {
            errors.add(new FieldError(path, o.getName() + " 不是" + (type == OrganisationType.AGENCY ? "评价机构" : "被评价单位")));
            return null;
        }
        return o;
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

    /** One page of the evaluations the caller may see (the same rule as {@link EvaluationAccess}). */
    public EvaluationListQuery.Page page(EvaluationListQuery query, Caller caller) {
        String party = partyColumn(caller);
        String organisationColumn = null;
        if (query.organisationId() != null) {
            // an organisation takes part only in the role of its type (commissioning and accounts see to that):
            // one column to look in, and its index, instead of three at once
            var organisation = directory.organisation(query.organisationId());
            if (organisation.isEmpty()) {
                return new EvaluationListQuery.Page(List.of(), 0);
            }
            organisationColumn = switch (organisation.get().getType()) {
                case BUREAU -> "bureau";
                case AGENCY -> "agency";
                case DEPARTMENT -> "subject";
            };
        }
        return evaluations.page(query, party, party == null ? 0 : caller.organisationId(), organisationColumn);
    }

    /** How many of the evaluations the caller may see have each grade. */
    public java.util.Map<Grade, Long> gradeCounts(Caller caller) {
        String party = partyColumn(caller);
        return evaluations.gradeCounts(party, party == null ? 0 : caller.organisationId());
    }

    /** The party an evaluation must have the caller's organisation as, to be visible (none for administrators). */
    private static String partyColumn(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> null;
            case DEPARTMENT -> "subject";
            case EVALUATOR -> "agency";
            case BUREAU -> "bureau";
        };
    }

    /** The evaluation enters the stage its process has reached; the change goes into its history. */
    public void enter(long id, EvaluationStatus status, String actor) {
        Evaluation e = get(id);
        EvaluationStatus before = e.getStatus();
        if (e.enter(status)) {
            record(e, actor, "status", before + " → " + status);
            audit.record(new AuditEvent(actor, null, "status", target(e), id, AuditState.of("status", before),
                    AuditState.of("status", status)));
        }
    }

    /** How the audit trail names an evaluation. */
    public static String target(Evaluation e) {
        return "evaluation:" + e.getId();
    }

    public void record(Evaluation evaluation, String actor, String action, String detail) {
        evaluations.record(new HistoryEntry(evaluation.getId(), Instant.now(clock), actor, action, detail));
    }

    /** The bureau approved the report: it is published now. */
    public Evaluation publish(long id, String actor) {
        Evaluation e = get(id);
        e.markPublished(Instant.now(clock));
        enter(id, EvaluationStatus.PUBLISHED, actor);
        record(e, actor, "publish", "评价报告已发布");
        return e;
    }

    /** Results application at closing: advice from the grade, for the budget year after the closing year. */
    public Evaluation close(long id, boolean rectifiedOnTime, String actor) {
        Evaluation e = get(id);
        Instant now = Instant.now(clock);
        BudgetAdvice advice = BudgetAdvice.forGrade(e.getGrade());
        int budgetYear = LocalDate.now(clock).getYear() + 1;
        enter(id, EvaluationStatus.CLOSED, actor);
        e.close(now, advice, advice.text(fairCutPercent, rectifiedOnTime), budgetYear, rectifiedOnTime);
        record(e, actor, "close", budgetYear + "年度预算建议: " + e.getAdviceText());
        return e;
    }

    /** Budget advice of the evaluations the caller may see, for one budget year. */
    public List<Evaluation> adviceFor(int budgetYear, Caller caller) {
        return evaluations.adviceFor(budgetYear).stream().filter(e -> EvaluationAccess.visible(e, caller)).toList();
    }

    public List<HistoryEntry> history(long id) {
        return evaluations.history(id);
    }
}
