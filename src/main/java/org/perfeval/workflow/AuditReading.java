package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.perfeval.audit.AuditEntry;
import org.perfeval.audit.AuditPage;
import org.perfeval.audit.AuditQuery;
import org.perfeval.audit.AuditTrail;
import org.perfeval.audit.AuditVerification;
import org.perfeval.common.ForbiddenException;
import org.perfeval.evaluation.EvaluationService;
import org.perfeval.security.Caller;
import org.perfeval.security.Role;

/**
 * Who reads the audit trail: an evaluation's entries by the bureau that commissioned it, the whole
 * trail and its verification by administrators.
 */
@ApplicationScoped
public class AuditReading {

    /** One export holds at most this many entries; a filter narrows a larger trail. */
    public static final int EXPORT_CAP = 50_000;

    @Inject
    AuditTrail trail;

    @Inject
    EvaluationService evaluations;

    @Transactional
    public AuditPage ofEvaluation(Caller caller, long evaluationId, AuditQuery query) {
        requireBureauOf(caller, evaluationId);
        return trail.find(query.forEvaluation(evaluationId));
    }

    @Transactional
    public List<AuditEntry> exportOfEvaluation(Caller caller, long evaluationId, AuditQuery query) {
        requireBureauOf(caller, evaluationId);
        return trail.export(query.forEvaluation(evaluationId), EXPORT_CAP);
    }

    @Transactional
    public AuditPage all(Caller caller, AuditQuery query) {
        requireAdmin(caller);
        return trail.find(query);
    }

    @Transactional
    public List<AuditEntry> export(Caller caller, AuditQuery query) {
        requireAdmin(caller);
        return trail.export(query, EXPORT_CAP);
    }

    @Transactional
    public AuditVerification verify(Caller caller) {
        requireAdmin(caller);
        return trail.verify();
    }

    private void requireBureauOf(Caller caller, long evaluationId) {
        evaluations.visible(evaluationId, caller); // 404 for those who may not see it at all
        if (!caller.is(Role.BUREAU) && !caller.is(Role.ADMIN)) {
            throw new ForbiddenException("审计记录仅委托的财政局和系统管理员可查看 (the commissioning bureau and administrators only)");
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以查看完整审计记录 (administrators only)");
        }
    }
}
