package org.perfeval.audit;

/**
 * One change to be recorded: who made it, from which address, what (the action on a target such
 * as {@code evaluation:12} or {@code user:alice}) and the facts it changed, old and new.
 *
 * @param address null for changes the process makes by itself (a timer, an escalation)
 * @param evaluationId the evaluation the change belongs to, so that its bureau can read it; null otherwise
 */
public record AuditEvent(String actor, String address, String action, String target, Long evaluationId,
                         AuditState before, AuditState after) {

    public AuditEvent {
        before = before == null ? AuditState.NONE : before;
        after = after == null ? AuditState.NONE : after;
    }

    /** The event with only the facts that the change touched, each side showing its value. */
    public static AuditEvent change(String actor, String address, String action, String target, Long evaluationId,
                                    AuditState before, AuditState after) {
        AuditState[] diff = AuditState.difference(before, after);
        return new AuditEvent(actor, address, action, target, evaluationId, diff[0], diff[1]);
    }
}
